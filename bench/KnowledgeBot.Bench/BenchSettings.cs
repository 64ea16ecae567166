using KnowledgeBot.Bench.Corpora;

namespace KnowledgeBot.Bench;

/// <param name="Runs">Cold index builds and query runs per engine and size (medians are taken over them).</param>
/// <param name="LargeRuns">Runs at sizes of a million passages or more, which take minutes each.</param>
/// <param name="Repeats">Timed passes over the questions in each query run, after one warm-up pass.</param>
public sealed record BenchSettings(
    IReadOnlyList<CorpusSize> Sizes,
    IReadOnlyList<string> Engines,
    int Runs,
    int LargeRuns,
    int Repeats,
    int Seed,
    bool Crawl,
    bool BotLoad,
    string Questions,
    string WorkDirectory,
    string ResultsDirectory)
{
    public int RunsAt(CorpusSize size) => size.TargetPassages >= 1_000_000 ? LargeRuns : Runs;

    public override string ToString() =>
        $"sizes {string.Join(", ", Sizes.Select(s => s.Name))}; engines {string.Join(", ", Engines)}; {Runs} runs ({LargeRuns} at 1M+); " +
        $"{Repeats} timed passes over the questions per run; seed {Seed}";
}
