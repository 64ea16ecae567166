using Lucene.Net.Search.Similarities;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// BM25, plus Lucene's classic coordination factor: a passage that matches more of the question's words
/// ranks above one that matches a single rare word many times (messages are long and mostly noise).
/// </summary>
internal sealed class CoordinatedBM25Similarity(float coordExponent) : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap == 0 ? 1f : MathF.Pow(overlap / (float)maxOverlap, coordExponent);
}
