using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;

namespace KnowledgeBot.Bench.Reporting;

/// <summary>The runs of a benchmark grouped by corpus size and engine, each figure as a <see cref="Spread"/> over runs.</summary>
public sealed class Figures(BenchResults results)
{
    public BenchResults Results => results;

    /// <summary>Corpus sizes measured, smallest first.</summary>
    public IReadOnlyList<string> Sizes { get; } =
        [.. results.Indexing.Select(r => r.Size).Concat(results.Queries.Select(q => q.Size)).Distinct().OrderBy(s => CorpusSize.Parse(s).TargetPassages)];

    public IReadOnlyList<string> Engines { get; } =
        [.. results.Indexing.Select(r => r.Engine).Concat(results.Queries.Select(q => q.Engine)).Distinct()];

    public IReadOnlyList<IndexRun> IndexRuns(string engine, string size) =>
        [.. results.Indexing.Where(r => r.Engine == engine && r.Size == size)];

    /// <summary>The evaluation files searched, in the order of the run; the first is the messages file (drafts, targets).</summary>
    public IReadOnlyList<string> QuestionSets { get; } = [.. results.Queries.Select(SetOf).Distinct()];

    private static string SetOf(QueryRun run) => run.QuestionSet ?? "dev.jsonl";

    /// <param name="set">An evaluation file's name; null for the first.</param>
    public IReadOnlyList<QueryRun> QueryRuns(string engine, string size, string? set = null) =>
        [.. results.Queries.Where(r => r.Engine == engine && r.Size == size && SetOf(r) == (set ?? QuestionSets.FirstOrDefault()))];

    public Spread? Index(string engine, string size, Func<IndexRun, double> figure) =>
        IndexRuns(engine, size) is { Count: > 0 } runs ? Spread.Of(runs.Select(figure)) : null;

    public Spread? Query(string engine, string size, Func<QueryRun, double?> figure, string? set = null) =>
        QueryRuns(engine, size, set).Select(figure).Where(v => v is not null && !double.IsNaN(v.Value)).Select(v => v!.Value).ToList() is { Count: > 0 } values
            ? Spread.Of(values)
            : null;

    /// <summary>
    /// Passages in the corpus of that size as our index cuts them (the baselines index whole documents),
    /// so that every engine's passages/s measures the same work.
    /// </summary>
    public int? CorpusPassages(string size) =>
        (results.Indexing.FirstOrDefault(r => r.Size == size && r.Engine == EngineCatalog.Ours)
            ?? results.Indexing.FirstOrDefault(r => r.Size == size))?.Passages;

    public Spread? CorpusPassagesPerSecond(string engine, string size) =>
        CorpusPassages(size) is { } passages ? Index(engine, size, r => passages / r.WallSeconds) : null;

    public Spread? CorpusPassagesPerCpuSecond(string engine, string size) =>
        CorpusPassages(size) is { } passages ? Index(engine, size, r => passages / r.CpuSeconds) : null;
}
