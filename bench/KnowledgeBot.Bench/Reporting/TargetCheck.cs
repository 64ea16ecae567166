using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Reporting;

public enum TargetStatus { Met, Missed, NotMeasured }

/// <summary>One target of the benchmark issue, checked against the median of the runs.</summary>
public sealed record TargetCheck(string Target, string Measured, TargetStatus Status)
{
    public static IReadOnlyList<TargetCheck> All(Figures figures)
    {
        const string ours = EngineCatalog.Ours;
        var checks = new List<TargetCheck>();
        foreach (var size in figures.Sizes)
            checks.Add(Annotated(AtLeast($"Indexing ≥ 5,000 passages/s ({size})", figures.Index(ours, size, r => r.PassagesPerSecond), 5_000, " passages/s"),
                "per CPU second", figures.Index(ours, size, r => r.Passages / r.CpuSeconds), "N0", ""));
        checks.Add(Annotated(AtMost("1M passages indexed in < 5 min", figures.Index(ours, "1M", r => r.WallSeconds), 300, " s", "N0"),
            "CPU time", figures.Index(ours, "1M", r => r.CpuSeconds), "N0", " s"));
        checks.Add(AtMost("Peak memory < 2 GiB while indexing 1M passages", figures.Index(ours, "1M", r => r.PeakWorkingSetBytes / 1048576.0), 2048, " MiB", "N0"));
        foreach (var set in figures.QuestionSets)
        {
            checks.Add(WithCpu(AtMost($"Search p99 ≤ 10 ms at 100k passages, warm ({set})", figures.Query(ours, "100k", q => q.Search.P99, set), 10, " ms", "N1"), figures.Query(ours, "100k", q => q.SearchCpu?.P99, set)));
            checks.Add(WithCpu(AtMost($"Search p99 ≤ 50 ms at 1M passages, warm ({set})", figures.Query(ours, "1M", q => q.Search.P99, set), 50, " ms", "N1"), figures.Query(ours, "1M", q => q.SearchCpu?.P99, set)));
            var plainCpu = figures.Query(EngineCatalog.PlainLucene, "100k", q => q.SearchCpu?.P99, set);
            checks.Add(Annotated(AtMost($"Search CPU p99 at 100k no higher than plain Lucene's ({set})", figures.Query(ours, "100k", q => q.SearchCpu?.P99, set),
                plainCpu?.Median, " ms", "N1"), "plain Lucene", plainCpu, "N1", " ms"));
            foreach (var size in figures.Sizes)
            {
                var plainRecall = figures.Query(EngineCatalog.PlainLucene, size, q => q.RecallAt5, set);
                checks.Add(Annotated(AtLeast($"Recall@5 above plain Lucene's ({set}, {size})", figures.Query(ours, size, q => q.RecallAt5, set),
                    plainRecall?.Median, "", "0.000", strictly: true), "plain Lucene", plainRecall, "0.000", ""));
            }
        }
        checks.Add(WithCpu(AtMost("Draft p99 ≤ 50 ms at 100k passages", figures.Query(ours, "100k", q => q.Draft?.P99), 50, " ms", "N1"), figures.Query(ours, "100k", q => q.DraftCpu?.P99)));

        var atFifty = figures.Results.BotLoad.Where(b => b.Concurrency == 50).ToList();
        checks.Add(AtLeast("/api/messages ≥ 300 turns/s at 50 concurrent conversations", atFifty.Count > 0 ? Spread.Of(atFifty.Select(b => b.TurnsPerSecond)) : null, 300, " turns/s"));
        checks.Add(AtMost("/api/messages p99 ≤ 150 ms at 50 concurrent conversations", atFifty.Count > 0 ? Spread.Of(atFifty.Select(b => b.Latency.P99)) : null, 150, " ms", "N1"));
        var load = figures.Results.BotLoad;
        checks.Add(load.Count == 0
            ? new TargetCheck("/api/messages: no errors", "–", TargetStatus.NotMeasured)
            : new TargetCheck("/api/messages: no errors", $"{load.Sum(b => b.Errors):N0} errors in {load.Sum(b => b.Turns):N0} turns", load.Sum(b => b.Errors) == 0 ? TargetStatus.Met : TargetStatus.Missed));
        return checks;
    }

    /// <summary>Adds the CPU-time p99 beside a wall-clock latency: what the same calls cost without other processes in the way.</summary>
    private static TargetCheck WithCpu(TargetCheck check, Spread? cpuP99) => Annotated(check, "CPU time p99", cpuP99, "N1", " ms");

    private static TargetCheck Annotated(TargetCheck check, string label, Spread? figure, string format, string unit) =>
        figure is null ? check : check with { Measured = $"{check.Measured}; {label} {Format.Of(figure, format, unit)}" };

    /// <param name="threshold">Null when what it compares with was not measured.</param>
    private static TargetCheck AtLeast(string target, Spread? measured, double? threshold, string unit, string format = "N0", bool strictly = false) =>
        new(target, Shown(measured, threshold, format, unit), measured is null || threshold is null ? TargetStatus.NotMeasured
            : (strictly ? measured.Median > threshold : measured.Median >= threshold) ? TargetStatus.Met : TargetStatus.Missed);

    private static TargetCheck AtMost(string target, Spread? measured, double? threshold, string unit, string format) =>
        new(target, Shown(measured, threshold, format, unit), measured is null || threshold is null ? TargetStatus.NotMeasured
            : measured.Median <= threshold ? TargetStatus.Met : TargetStatus.Missed);

    private static string Shown(Spread? measured, double? threshold, string format, string unit) =>
        measured is not null && threshold is null ? $"{Format.Of(measured, format, unit)} (nothing to compare with)" : Format.Of(measured, format, unit);
}
