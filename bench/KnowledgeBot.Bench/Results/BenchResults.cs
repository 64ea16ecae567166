using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Results;

/// <summary>Everything one benchmark run measured; saved as JSON beside the report so that it can be rewritten.</summary>
public sealed record BenchResults(
    MachineDescription Machine,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string Settings,
    IReadOnlyList<IndexRun> Indexing,
    IReadOnlyList<QueryRun> Queries,
    IReadOnlyList<CrawlRun> Crawls,
    IReadOnlyList<BotLoadRun> BotLoad,
    IReadOnlyList<string> Notes);
