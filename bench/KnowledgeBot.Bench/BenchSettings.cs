using KnowledgeBot.Bench.Corpora;

namespace KnowledgeBot.Bench;

/// <param name="Runs">Cold index builds and query runs per engine and size (medians are taken over them).</param>
/// <param name="LargeRuns">Runs at sizes of a million passages or more, which take minutes each.</param>
/// <param name="Repeats">Timed passes over the questions in each query run, after the warm-up.</param>
/// <param name="QuestionFiles">Evaluation files each query run searches, one after the other; drafts and the bot load use the first.</param>
public sealed record BenchSettings(
    IReadOnlyList<CorpusSize> Sizes,
    IReadOnlyList<string> Engines,
    int Runs,
    int LargeRuns,
    int Repeats,
    int Seed,
    bool Crawl,
    bool BotLoad,
    IReadOnlyList<string> QuestionFiles,
    string WorkDirectory,
    string ResultsDirectory)
{
    public int RunsAt(CorpusSize size) => IsLarge(size) ? LargeRuns : Runs;

    /// <summary>Fewer timed passes at the large sizes, where a slow baseline would take many minutes per pass.</summary>
    public int RepeatsAt(CorpusSize size) => IsLarge(size) ? Math.Max(3, Repeats / 4) : Repeats;

    private static bool IsLarge(CorpusSize size) => size.TargetPassages >= 1_000_000;

    public override string ToString() =>
        $"sizes {string.Join(", ", Sizes.Select(s => s.Name))}; engines {string.Join(", ", Engines)}; {Runs} runs ({LargeRuns} at 1M+); " +
        $"{Repeats} timed passes over the questions per query run ({Math.Max(3, Repeats / 4)} at 1M+); seed {Seed}";
}
