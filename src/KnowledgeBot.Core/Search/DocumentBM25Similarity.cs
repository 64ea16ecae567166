using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// BM25 for the whole-document fields, which only a document's first passage carries: the average length and the
/// inverse document frequency count the passages that have the field (one per document), not every passage of the
/// index, which would make every document look several times longer than the average. No coordination factor: a
/// keyword query has few words, and a document that treats the topic without one of them still answers it.
/// </summary>
internal sealed class DocumentBM25Similarity : BM25Similarity
{
    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        collectionStats.SumTotalTermFreq <= 0 || collectionStats.DocCount <= 0
            ? 1f
            : (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.DocCount);

    /// <summary>The inverse document frequency this ranking gives a term found in that many of that many documents.</summary>
    public float DocumentIdf(long documentFrequency, long documents) => Idf(documentFrequency, documents);

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
        new(Idf(termStats.DocFreq, collectionStats.DocCount), $"idf(docFreq={termStats.DocFreq}, docCount={collectionStats.DocCount})");

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var sum = new Explanation { Description = "idf(), sum of:" };
        foreach (var term in termStats)
            sum.AddDetail(IdfExplain(collectionStats, term));
        sum.Value = sum.GetDetails().Sum(detail => detail.Value);
        return sum;
    }
}
