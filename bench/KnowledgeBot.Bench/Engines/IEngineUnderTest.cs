using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Engines;

/// <summary>A search engine the benchmark measures: it builds an index in its own folder, then answers questions.</summary>
public interface IEngineUnderTest : IDisposable
{

    /// <summary>Builds the index from nothing. Passages are what the engine indexes as units (whole documents for the baselines).</summary>
    Task<IndexedCounts> BuildAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken);

    /// <summary>Opens the index built earlier in the same folder for searching.</summary>
    void OpenForSearch();

    /// <summary>Ids of the best documents, best first.</summary>
    IReadOnlyList<string> Search(string question, int top);
}

public sealed record IndexedCounts(int Documents, int Passages);
