using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Engines;

/// <summary>
/// Reads (or generates) the corpus and indexes nothing: the floor under every engine's build time,
/// which tells how much of it is the sources' parsing rather than indexing.
/// </summary>
public sealed class CorpusOnlyEngine : IEngineUnderTest
{
    public async Task<IndexedCounts> BuildAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        int count = 0, sections = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            count++;
            sections += document.Sections.Count;
        }
        return new IndexedCounts(count, sections);
    }

    public void OpenForSearch() => throw new NotSupportedException("The corpus-only engine has no index.");

    public IReadOnlyList<string> Search(string question, int top) => throw new NotSupportedException("The corpus-only engine has no index.");

    public void Dispose()
    {
    }
}
