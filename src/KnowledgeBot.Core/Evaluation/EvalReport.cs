namespace KnowledgeBot.Core.Evaluation;

/// <summary>What an evaluation run measured; a metric is null (printed <c>n/a</c>) when no question counts for it.</summary>
public sealed record EvalReport(IReadOnlyList<EvalMetric> Metrics, IReadOnlyList<EvalQuestionResult> Questions)
{
    public EvalMetric this[string name] => Metrics.Single(metric => metric.Name == name);

    /// <summary>The last line of <c>kb eval</c>: <c>recall@5=… mrr@10=… …</c>.</summary>
    public string SummaryLine => string.Join(' ', Metrics.Where(m => m.InSummary).Select(m => $"{m.Name}={m.Format()}"));
}

/// <param name="Counted">How many questions the metric is computed over.</param>
public sealed record EvalMetric(string Name, double? Value, int Counted, bool InSummary = true)
{
    public string Format() => Value is { } value ? value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

/// <param name="Returned">Ids returned, best first (top 10).</param>
/// <param name="ReturnedTitles">Their titles, same order.</param>
public sealed record EvalQuestionResult(
    EvalQuestion Question,
    IReadOnlyList<string> Returned,
    IReadOnlyList<string> ReturnedTitles,
    double? RecallAt5,
    double? ReciprocalRank,
    double? Ndcg,
    string? ReferredDepartment,
    Triage.TriageLabel? Triage);
