using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Sources;

/// <summary>
/// Past expert answers from the configured files (<c>.jsonl</c> or <c>.csv</c>). All files are read and
/// validated before the first document is yielded, so a malformed line fails the import before it touches the index.
/// </summary>
public sealed class PastAnswersSource(IReadOnlyList<string> files) : IDocumentSource
{
    public PastAnswersSource(IOptions<KnowledgeBotOptions> options)
        : this(options.Value.Sources.PastAnswerFiles.Select(KnowledgeBotHome.Resolve).ToList())
    {
    }

    public string Name => $"past answers {string.Join(", ", files.Select(Path.GetFileName))}";

    public IReadOnlySet<DocumentKind> Kinds { get; } = new HashSet<DocumentKind> { DocumentKind.Answer };

    public async IAsyncEnumerable<Document> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var documents = PastAnswerValidator.ToDocuments(files.SelectMany(ReadRecords));
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
        await Task.CompletedTask;
    }

    private static IEnumerable<PastAnswerRecord> ReadRecords(string file)
    {
        if (!File.Exists(file))
            throw new SourceFormatException(file, 0, "file not found");
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".jsonl" or ".json" => PastAnswerJsonLinesReader.Read(file),
            ".csv" => PastAnswerCsvReader.Read(file),
            var other => throw new SourceFormatException(file, 0, $"unsupported past answers format '{other}' (use .jsonl or .csv)"),
        };
    }
}
