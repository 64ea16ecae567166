using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Indexing;

/// <summary>An index update that reads every source and removes the documents of their kinds that none of them yields any more.</summary>
public static class FullRefresh
{
    /// <param name="reading">Called when a source starts being read (progress).</param>
    public static IndexUpdate From(IReadOnlyList<IDocumentSource> sources, Action<IDocumentSource>? reading = null) =>
        new(ReadAll(sources, reading), ReplaceKinds: sources.SelectMany(source => source.Kinds).ToHashSet());

    private static async IAsyncEnumerable<Document> ReadAll(IReadOnlyList<IDocumentSource> sources, Action<IDocumentSource>? reading,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            reading?.Invoke(source);
            await foreach (var document in source.ReadAsync(cancellationToken))
                yield return document;
        }
    }
}
