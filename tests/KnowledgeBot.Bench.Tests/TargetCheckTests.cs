using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Reporting;
using KnowledgeBot.Bench.Results;

namespace KnowledgeBot.Bench.Tests;

public class TargetCheckTests
{
    private const string SearchAt100k = "Search p99 ≤ 10 ms at 100k passages, warm (dev.jsonl)";

    [Fact]
    public void A_target_is_judged_on_the_median_of_the_runs()
    {
        var checks = TargetCheck.All(new Figures(Results(searchP99s: [8, 12, 30])));

        var check = checks.Single(c => c.Target == SearchAt100k);
        Assert.Equal(TargetStatus.Missed, check.Status);
        Assert.Equal("12.0 ms (8.0–30.0)", check.Measured);
    }

    [Fact]
    public void A_target_met_by_the_median_is_met_even_if_one_run_missed_it()
    {
        var checks = TargetCheck.All(new Figures(Results(searchP99s: [6, 7, 30])));

        Assert.Equal(TargetStatus.Met, checks.Single(c => c.Target == SearchAt100k).Status);
    }

    [Fact]
    public void A_target_without_figures_is_not_measured_rather_than_met()
    {
        var checks = TargetCheck.All(new Figures(Results(searchP99s: [6])));

        Assert.Equal(TargetStatus.NotMeasured, checks.Single(c => c.Target.StartsWith("/api/messages ≥ 300")).Status);
        Assert.Equal(TargetStatus.NotMeasured, checks.Single(c => c.Target.StartsWith("1M passages")).Status);
    }

    [Fact]
    public void Recall_is_compared_with_plain_lucene_on_each_question_file()
    {
        static QueryRun Run(string engine, string set, double recall) =>
            new(engine, "real", 60, 5, new LatencyStats(300, 1, 2, 3, 3, 1), null, recall, 0.5, "0 0 0", QuestionSet: set);
        var results = Results(searchP99s: [6]) with
        {
            Queries = [Run(EngineCatalog.Ours, "dev.jsonl", 0.96), Run(EngineCatalog.PlainLucene, "dev.jsonl", 0.82),
                Run(EngineCatalog.Ours, "cdtn-dev.jsonl", 0.74), Run(EngineCatalog.PlainLucene, "cdtn-dev.jsonl", 0.75)],
        };

        var checks = TargetCheck.All(new Figures(results));

        Assert.Equal(TargetStatus.Met, checks.Single(c => c.Target == "Recall@5 above plain Lucene's (dev.jsonl, real)").Status);
        var cdtn = checks.Single(c => c.Target == "Recall@5 above plain Lucene's (cdtn-dev.jsonl, real)");
        Assert.Equal(TargetStatus.Missed, cdtn.Status);
        Assert.Equal("0.740; plain Lucene 0.750", cdtn.Measured);
    }

    private static BenchResults Results(double[] searchP99s) => new(
        new MachineDescription("test", 2, 1L << 34, "linux", ".NET", "workstation", "0 0 0"),
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch,
        "test",
        [new IndexRun(EngineCatalog.Ours, "100k", 10_000, 100_000, 20, 30, 1 << 20, 1 << 20, 1 << 28, 1 << 30, 1, 0.1, "0 0 0")],
        [.. searchP99s.Select(p99 => new QueryRun(EngineCatalog.Ours, "100k", 60, 20, new LatencyStats(1200, 1, 2, p99, p99, 1), null, 0.9, 0.8, "0 0 0"))],
        [],
        [],
        []);
}
