using KnowledgeBot.Core.Evaluation;

namespace KnowledgeBot.Core.Tests.Evaluation;

public class RetrievalMetricsTests
{
    private static readonly Dictionary<string, int> Relevant = new() { ["a"] = 2, ["b"] = 1, ["c"] = 1 };

    [Fact]
    public void Recall_at_k_counts_a_relevant_document_within_the_first_k()
    {
        Assert.Equal(1, RetrievalMetrics.RecallAt(5, ["x", "y", "z", "w", "b"], Relevant));
        Assert.Equal(0, RetrievalMetrics.RecallAt(5, ["x", "y", "z", "w", "v", "a"], Relevant));
        Assert.Equal(0, RetrievalMetrics.RecallAt(5, [], Relevant));
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_document()
    {
        Assert.Equal(1.0, RetrievalMetrics.ReciprocalRankAt(10, ["a", "x"], Relevant));
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRankAt(10, ["x", "y", "c", "a"], Relevant), 10);
        Assert.Equal(0, RetrievalMetrics.ReciprocalRankAt(2, ["x", "y", "a"], Relevant));
    }

    [Fact]
    public void Ndcg_matches_a_hand_computed_value()
    {
        // ranked: x, a(2), y, b(1)  → DCG = 2/log2(3) + 1/log2(5) = 1.26186 + 0.43068 = 1.69254
        // ideal:  a(2), b(1), c(1) → IDCG = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093
        Assert.Equal(1.69254 / 3.13093, RetrievalMetrics.NdcgAt(10, ["x", "a", "y", "b"], Relevant), 4);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_ranking_and_zero_without_relevant_documents()
    {
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(10, ["a", "b", "c"], Relevant), 10);
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(10, ["a", "c", "b"], Relevant), 10);
        Assert.Equal(0, RetrievalMetrics.NdcgAt(10, ["x", "y"], Relevant));
    }
}
