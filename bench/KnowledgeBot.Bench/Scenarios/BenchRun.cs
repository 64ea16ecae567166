using System.Text.Json;
using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Evaluation;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// The whole benchmark: for each corpus size and engine, cold index builds then warm query runs, each in a
/// fresh child process; then the loopback crawl and the bot load. A measurement that fails becomes a note in
/// the report instead of ending the run, and the figures so far are saved after each one
/// (<c>&lt;work&gt;/partial-results.json</c>, readable by <c>report --from</c>).
/// </summary>
public sealed class BenchRun(BenchSettings settings)
{
    private readonly MachineDescription _machine = MachineDescription.Read();
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly List<IndexRun> _indexing = [];
    private readonly List<QueryRun> _queries = [];
    private readonly List<CrawlRun> _crawls = [];
    private readonly List<BotLoadRun> _botLoad = [];
    private readonly List<string> _notes = [];

    public string PartialResultsFile => Path.Combine(settings.WorkDirectory, "partial-results.json");

    public async Task<BenchResults> ExecuteAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.WorkDirectory);
        foreach (var size in settings.Sizes.OrderBy(s => s.TargetPassages))
        {
            foreach (var engine in settings.Engines)
            {
                var directory = Path.Combine(settings.WorkDirectory, "index", $"{engine}-{size.Name}");
                var built = await MeasureIndexingAsync(engine, size, directory, cancellationToken);
                if (built is not null && EngineCatalog.CanSearch(engine))
                    await MeasureQueriesAsync(engine, size, directory, cancellationToken);
            }
        }

        if (settings.Crawl)
            await AttemptAsync("crawl", async () => _crawls.AddRange(await CrawlScenario.RunAsync(settings.Runs, cancellationToken)));
        if (settings.BotLoad)
        {
            var messages = EvalFileReader.Read(settings.QuestionFiles[0]).Select(q => q.Question).ToList();
            await AttemptAsync("/api/messages load", async () => _botLoad.AddRange(await BotLoadScenario.RunAsync(settings, messages, _notes, cancellationToken)));
        }

        _notes.Add($"Load average (1, 5, 15 min) at start {_machine.LoadAverage}, at end {MachineDescription.ReadLoadAverage()}; each run's own is in the raw figures.");
        return Snapshot();
    }

    private async Task<IndexRun?> MeasureIndexingAsync(string engine, CorpusSize size, string directory, CancellationToken cancellationToken)
    {
        IndexRun? last = null;
        for (var run = 1; run <= settings.RunsAt(size); run++)
        {
            await AttemptAsync($"index {engine} {size.Name} run {run}/{settings.RunsAt(size)}", async () =>
            {
                last = await ChildProcess.RunAsync<IndexRun>(
                    ["index-once", "--engine", engine, "--size", size.Name, "--seed", $"{settings.Seed}", "--directory", directory],
                    cancellationToken);
                Console.WriteLine($"    {last.Documents:N0} documents, {last.Passages:N0} passages in {last.WallSeconds:F1} s ({last.PassagesPerSecond:N0} passages/s, {last.CpuSeconds:F1} CPU s), peak {last.PeakWorkingSetBytes / 1048576.0:N0} MiB");
                _indexing.Add(last);
            });
        }
        return last;
    }

    private async Task MeasureQueriesAsync(string engine, CorpusSize size, string directory, CancellationToken cancellationToken)
    {
        for (var run = 1; run <= settings.RunsAt(size); run++)
        {
            foreach (var questions in settings.QuestionFiles)
            {
                var drafts = questions == settings.QuestionFiles[0];
                await AttemptAsync($"query {engine} {size.Name} {Path.GetFileName(questions)} run {run}/{settings.RunsAt(size)}", async () =>
                {
                    var result = await ChildProcess.RunAsync<QueryRun>(
                        ["query-once", "--engine", engine, "--size", size.Name, "--directory", directory, "--questions", questions,
                            "--repeats", $"{settings.RepeatsAt(size)}", .. drafts ? Array.Empty<string>() : ["--no-drafts"]],
                        cancellationToken);
                    var draft = result.Draft is { } drafted ? $"; draft p99 {drafted.P99:F2} ms" : "";
                    Console.WriteLine($"    search p50 {result.Search.P50:F2} ms, p99 {result.Search.P99:F2} ms{draft}; recall@5 {result.RecallAt5:F3}");
                    _queries.Add(result);
                });
            }
        }
    }

    private async Task AttemptAsync(string what, Func<Task> measure)
    {
        Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {what}");
        try
        {
            await measure();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or TimeoutException)
        {
            Console.WriteLine($"    failed: {e.Message}");
            _notes.Add($"{what} failed: {e.Message}");
        }
        await File.WriteAllTextAsync(PartialResultsFile, JsonSerializer.Serialize(Snapshot(), Json.Options));
    }

    private BenchResults Snapshot() =>
        new(_machine, _started, DateTimeOffset.UtcNow, settings.ToString(), [.. _indexing], [.. _queries], [.. _crawls], [.. _botLoad], [.. _notes]);
}
