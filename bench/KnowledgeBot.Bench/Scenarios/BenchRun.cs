using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// The whole benchmark: for each corpus size and engine, cold index builds then warm query runs, each in a
/// fresh child process; then crawl and bot load where those parts exist.
/// </summary>
public sealed class BenchRun(BenchSettings settings)
{
    public async Task<BenchResults> ExecuteAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Read();
        var started = DateTimeOffset.UtcNow;
        var indexing = new List<IndexRun>();
        var queries = new List<QueryRun>();
        var notes = new List<string>();
        int? realPassages = null;

        // The real corpus comes first: synthetic sizes are filled up from its passage count.
        var sizes = settings.Sizes.Contains(CorpusSize.Real) ? settings.Sizes : [CorpusSize.Real, .. settings.Sizes];
        foreach (var size in sizes.OrderBy(s => s.TargetPassages))
        {
            var syntheticSections = size.IsSynthetic ? Math.Max(0, size.TargetPassages - (realPassages ?? 0)) : 0;
            foreach (var engine in settings.Engines)
            {
                var directory = Path.Combine(settings.WorkDirectory, "index", $"{engine}-{size.Name}");
                for (var run = 1; run <= settings.RunsAt(size); run++)
                {
                    Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] index {engine} {size.Name} run {run}/{settings.RunsAt(size)}");
                    var result = await ChildProcess.RunAsync<IndexRun>(
                        ["index-once", "--engine", engine, "--size", size.Name, "--synthetic-sections", $"{syntheticSections}", "--seed", $"{settings.Seed}", "--directory", directory],
                        cancellationToken);
                    Console.WriteLine($"    {result.Documents:N0} documents, {result.Passages:N0} passages in {result.WallSeconds:F1} s ({result.PassagesPerSecond:N0} passages/s), peak {result.PeakWorkingSetBytes / 1048576.0:N0} MiB");
                    indexing.Add(result);
                }
                if (!size.IsSynthetic && (engine == EngineCatalog.Ours || realPassages is null))
                    realPassages = indexing[^1].Passages;
                if (!EngineCatalog.CanSearch(engine))
                    continue;

                for (var run = 1; run <= settings.RunsAt(size); run++)
                {
                    Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] query {engine} {size.Name} run {run}/{settings.RunsAt(size)}");
                    var result = await ChildProcess.RunAsync<QueryRun>(
                        ["query-once", "--engine", engine, "--size", size.Name, "--directory", directory, "--questions", settings.Questions, "--repeats", $"{settings.Repeats}"],
                        cancellationToken);
                    Console.WriteLine($"    search p50 {result.Search.P50:F2} ms, p99 {result.Search.P99:F2} ms; recall@5 {result.RecallAt5:F3}");
                    queries.Add(result);
                }
            }
        }

        notes.Add($"Load average at start {machine.LoadAverage}, at end {MachineDescription.ReadLoadAverage()} (1, 5, 15 min).");
        return new BenchResults(machine, started, DateTimeOffset.UtcNow, settings.ToString(), indexing, queries, [], [], notes);
    }
}
