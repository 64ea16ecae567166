using System.CommandLine;
using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Bench.Commands;

/// <summary>The options of a full run, and how they become <see cref="BenchSettings"/>.</summary>
public sealed class BenchOptions
{
    public const int DefaultSeed = 20261125;

    public Option<string> Sizes { get; } = new("--sizes") { Description = "Corpus sizes: 'real' and passage counts such as 100k, 1M", DefaultValueFactory = _ => "real,100k,1M" };
    public Option<string> Engines { get; } = new("--engines") { Description = $"Engines to measure: {string.Join(", ", EngineCatalog.All)}", DefaultValueFactory = _ => string.Join(",", EngineCatalog.All) };
    public Option<int> Runs { get; } = new("--runs") { Description = "Cold builds and query runs per engine and size", DefaultValueFactory = _ => 3 };
    public Option<int> LargeRuns { get; } = new("--large-runs") { Description = "Runs at 1M passages and more", DefaultValueFactory = _ => 1 };
    public Option<int> Repeats { get; } = new("--repeats") { Description = "Timed passes over the questions per query run", DefaultValueFactory = _ => 20 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the synthetic corpus", DefaultValueFactory = _ => DefaultSeed };
    public Option<bool> NoCrawl { get; } = new("--no-crawl") { Description = "Skip the loopback crawl" };
    public Option<bool> NoBot { get; } = new("--no-bot") { Description = "Skip the /api/messages load" };
    public Option<bool> Quick { get; } = new("--quick") { Description = "Smoke run: sizes real and 50k, one run, three passes" };
    public Option<string> Questions { get; } = new("--questions")
    {
        Description = "Evaluation question files (JSON Lines), comma-separated: every query run searches each; drafts and the bot load use the first",
        DefaultValueFactory = _ => "eval/dev.jsonl,eval/cdtn/cdtn-dev.jsonl",
    };
    public Option<string> Work { get; } = new("--work") { Description = "Folder for generated indexes (git-ignored)", DefaultValueFactory = _ => "bench/work" };
    public Option<string> Results { get; } = new("--results") { Description = "Folder for the report", DefaultValueFactory = _ => "bench/results" };

    public IEnumerable<Option> All => [Sizes, Engines, Runs, LargeRuns, Repeats, Seed, NoCrawl, NoBot, Quick, Questions, Work, Results];

    public BenchSettings Read(ParseResult parse)
    {
        var quick = parse.GetValue(Quick);
        var engines = parse.GetValue(Engines)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (engines.FirstOrDefault(e => !EngineCatalog.All.Contains(e)) is { } unknown)
            throw new ArgumentException($"Unknown engine '{unknown}': use {string.Join(", ", EngineCatalog.All)}.");
        return new BenchSettings(
            [.. (quick ? "real,50k" : parse.GetValue(Sizes)!).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CorpusSize.Parse)],
            engines,
            quick ? 1 : Positive(parse.GetValue(Runs), "--runs"),
            quick ? 1 : Positive(parse.GetValue(LargeRuns), "--large-runs"),
            quick ? 3 : Positive(parse.GetValue(Repeats), "--repeats"),
            parse.GetValue(Seed),
            !parse.GetValue(NoCrawl),
            !parse.GetValue(NoBot),
            [.. parse.GetValue(Questions)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(file => ExistingFile(KnowledgeBotHome.Resolve(file)))],
            KnowledgeBotHome.Resolve(parse.GetValue(Work)!),
            KnowledgeBotHome.Resolve(parse.GetValue(Results)!));
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentException($"{name} must be at least 1.");

    private static string ExistingFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path}: no such questions file.");
}
