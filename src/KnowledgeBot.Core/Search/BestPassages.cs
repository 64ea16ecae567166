using KnowledgeBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The passage of each of a few documents that best matches a query, found in one search restricted to those
/// documents: a search per document would weigh the query (a look-up of every term in every field and segment)
/// once per document, most of a short query's time.
/// </summary>
internal static class BestPassages
{
    /// <returns>The best passage of each document that has a matching passage; a document without one is left out.</returns>
    public static Dictionary<string, int> Of(IndexSearcher searcher, Query query, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
            return [];
        var anyOfThem = new BooleanQuery();
        foreach (var id in ids)
            anyOfThem.Add(new TermQuery(new Term(IndexFields.Id, id)), Occur.SHOULD);
        var collector = new BestPerDocument();
        searcher.Search(query, new QueryWrapperFilter(anyOfThem), collector);
        return collector.Best.ToDictionary(pair => pair.Key, pair => pair.Value.Passage);
    }

    /// <summary>Keeps each document's highest-scoring passage; on a tie the first in the index, as a top-1 search would.</summary>
    private sealed class BestPerDocument : ICollector
    {
        private readonly BytesRef scratch = new();
        private Scorer? scorer;
        private BinaryDocValues? ids;
        private int docBase;

        public Dictionary<string, (float Score, int Passage)> Best { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            ids = context.AtomicReader.GetBinaryDocValues(IndexFields.Id);
        }

        public void Collect(int doc)
        {
            ids!.Get(doc, scratch);
            var id = scratch.Utf8ToString();
            var score = scorer!.GetScore();
            var passage = docBase + doc;
            if (!Best.TryGetValue(id, out var best) || score > best.Score || (score == best.Score && passage < best.Passage))
                Best[id] = (score, passage);
        }
    }
}
