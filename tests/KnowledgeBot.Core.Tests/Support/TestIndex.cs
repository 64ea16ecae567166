using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Search;

namespace KnowledgeBot.Core.Tests.Support;

/// <summary>A real Lucene index in a temp folder, with the shipped synonyms and noise words, for search tests.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TempDirectory folder = new();

    public TestIndex()
    {
        Store = new IndexStore(System.IO.Path.Combine(folder.Path, "index"));
        Index = new LuceneKnowledgeIndex(Store, new PassageChunker());
        Search = new LuceneKnowledgeSearch(Store, QueryAnalyzer.Create(
            KnowledgeBotHome.Resolve("corpus/synonyms.tsv"), KnowledgeBotHome.Resolve("corpus/message-noise-words.txt")), new SearchOptions());
    }

    public IndexStore Store { get; }
    public LuceneKnowledgeIndex Index { get; }
    public LuceneKnowledgeSearch Search { get; }

    public Task<IndexUpdateReport> AddAsync(params Document[] documents) => Index.UpdateAsync(new IndexUpdate(documents.ToAsyncEnumerable()));

    public Task<IndexUpdateReport> AddAsync(IEnumerable<Document> documents) => Index.UpdateAsync(new IndexUpdate(documents.ToAsyncEnumerable()));

    public IReadOnlyList<string> Ids(string question, int top = 10) => Search.Search(new SearchRequest(question, top)).Select(hit => hit.Id).ToList();

    public void Dispose()
    {
        Store.Dispose();
        folder.Dispose();
    }
}
