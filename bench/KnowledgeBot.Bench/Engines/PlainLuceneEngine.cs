using KnowledgeBotDocument = KnowledgeBot.Core.Documents.Document;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeBot.Bench.Engines;

/// <summary>
/// Baseline: Lucene.Net out of the box, as its documentation shows it: FrenchAnalyzer, BM25, one Lucene
/// document per whole document (title and body fields), default writer settings, the question parsed
/// by the classic query parser over both fields.
/// </summary>
public sealed class PlainLuceneEngine(string directory) : IEngineUnderTest
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] SearchedFields = ["title", "body"];
    private readonly FrenchAnalyzer _analyzer = new(Version);
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public async Task<IndexedCounts> BuildAsync(IAsyncEnumerable<KnowledgeBotDocument> documents, CancellationToken cancellationToken)
    {
        using var target = FSDirectory.Open(directory);
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity() };
        using var writer = new IndexWriter(target, config);
        var count = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            writer.AddDocument(new LuceneDocument
            {
                new StringField("id", document.Id, Field.Store.YES),
                new TextField("title", document.Title, Field.Store.NO),
                new TextField("body", BaselineText.Body(document), Field.Store.NO),
            });
            count++;
        }
        writer.Commit();
        return new IndexedCounts(count, count);
    }

    public void OpenForSearch()
    {
        _directory = FSDirectory.Open(directory);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Search(string question, int top)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Open the index first.");
        var parser = new MultiFieldQueryParser(Version, SearchedFields, _analyzer);
        var query = parser.Parse(QueryParserBase.Escape(question));
        return [.. searcher.Search(query, top).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("id"))];
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzer.Dispose();
    }
}
