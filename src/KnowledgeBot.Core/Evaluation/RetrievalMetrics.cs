namespace KnowledgeBot.Core.Evaluation;

/// <summary>
/// Ranking metrics for one question: <paramref name="ranked"/> is the list of returned document ids, best first;
/// <paramref name="relevant"/> maps relevant ids to their grade (0 = not relevant).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>1 when at least one relevant document is among the first <paramref name="k"/>, else 0.</summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant) =>
        ranked.Take(k).Any(id => Grade(relevant, id) > 0) ? 1 : 0;

    /// <summary>1 / rank of the first relevant document within the first <paramref name="k"/>, 0 if none.</summary>
    public static double ReciprocalRankAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
            if (Grade(relevant, ranked[i]) > 0)
                return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>
    /// Normalized discounted cumulative gain at <paramref name="k"/> with linear gains: DCG = Σ grade(i) / log2(i + 1)
    /// over ranks i = 1..k, divided by the DCG of the ideal ordering of all graded documents.
    /// </summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        var ideal = Dcg(relevant.Values.Where(grade => grade > 0).OrderByDescending(grade => grade).Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => Grade(relevant, id))) / ideal;
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((grade, index) => grade / Math.Log2(index + 2)).Sum();

    private static int Grade(IReadOnlyDictionary<string, int> relevant, string id) =>
        relevant.TryGetValue(id, out var grade) ? grade : 0;
}
