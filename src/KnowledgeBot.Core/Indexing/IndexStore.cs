using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Configuration;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// The Lucene index in <c>&lt;data&gt;/index</c>, shared by the writer and the searchers of one process.
/// Searchers always see the last commit (a complete generation); after a commit in this process or in another
/// one (<c>kb index</c> while the web host serves) they move to the new generation on their next search.
/// </summary>
public sealed class IndexStore : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);
    private readonly object gate = new();
    private SearcherManager? searchers;
    private DateTime lastRefresh = DateTime.MinValue;

    public IndexStore(IOptions<KnowledgeBotOptions> options)
        : this(options.Value.IndexDirectory)
    {
    }

    public IndexStore(string path)
    {
        Path = path;
        Directory = new IndexDirectory(path);
    }

    public string Path { get; }

    internal LuceneDirectory Directory { get; }

    internal static Similarity Similarity { get; } = new BM25Similarity();

    internal static FrenchAnalyzer IndexAnalyzer { get; } = new();

    public bool Exists => DirectoryReader.IndexExists(Directory);

    /// <summary>One update at a time in this process (a crawl, a review and <c>kb index</c> may overlap); Lucene's write lock guards across processes.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    internal IndexWriter OpenWriter()
    {
        System.IO.Directory.CreateDirectory(Path);
        var config = new IndexWriterConfig(FrenchAnalyzer.Version, IndexAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
        };
        return new IndexWriter(Directory, config);
    }

    /// <summary>Runs <paramref name="use"/> on a searcher of the newest generation; null when no index was ever built.</summary>
    internal T? WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        var manager = Searchers();
        if (manager is null)
            return default;
        var searcher = manager.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    internal void Committed()
    {
        lock (gate)
            searchers?.MaybeRefreshBlocking();
    }

    private SearcherManager? Searchers()
    {
        lock (gate)
        {
            if (searchers is null)
            {
                if (!Exists)
                    return null;
                try
                {
                    searchers = new SearcherManager(Directory, new SimilarityFactory());
                }
                catch (IOException)
                {
                    // Lucene 4.8 writes the first commit point in place: while it is being written there is
                    // no complete generation yet, which is the same as no index.
                    return null;
                }
                lastRefresh = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - lastRefresh > RefreshInterval)
            {
                searchers.MaybeRefresh();
                lastRefresh = DateTime.UtcNow;
            }
            return searchers;
        }
    }

    public void Dispose()
    {
        searchers?.Dispose();
        WriteGate.Dispose();
        Directory.Dispose();
    }

    private sealed class SimilarityFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
