using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// Starts the real web host on 127.0.0.1 (its own data folder holding a copy of the real-corpus index built by
/// the indexing runs, the per-client rate limit lifted since every conversation comes from the same address),
/// warms it up as a host that has served for a while (<see cref="WarmUpTurns"/>), then sends the evaluation questions to <c>/api/messages</c> at each level of concurrency.
/// Every run is bounded in turns.
/// </summary>
public static class BotLoadScenario
{
    public static readonly IReadOnlyList<int> Concurrency = [10, 50, 200];
    private const int TurnsPerRun = 1_500;
    /// <summary>
    /// Turns before the first measured run: the runtime compiles a method first without optimizations, then with
    /// instrumentation, and optimizes it only after that, in the background; a few hundred turns left most of a turn's
    /// code instrumented during the first runs, which measured the compiler rather than the host.
    /// </summary>
    private const int WarmUpTurns = 3_000;
    private static readonly string HostAssembly = Path.Combine("src", "KnowledgeBot.Web", "bin", "Release", "net10.0", "KnowledgeBot.Web.dll");

    public static async Task<IReadOnlyList<BotLoadRun>> RunAsync(BenchSettings settings, IReadOnlyList<string> messages, ICollection<string> notes, CancellationToken cancellationToken)
    {
        var assembly = KnowledgeBotHome.Resolve(HostAssembly);
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"{HostAssembly} not found: build src/KnowledgeBot.Web in Release first.");
        var data = Path.Combine(settings.WorkDirectory, "web-data");
        if (Directory.Exists(data))
            Directory.Delete(data, recursive: true);
        var builtIndex = Path.Combine(settings.WorkDirectory, "index", $"{EngineCatalog.Ours}-{CorpusSize.Real.Name}", "index");
        if (!Directory.Exists(builtIndex))
            throw new InvalidOperationException($"{builtIndex} not found: the bot load needs the real corpus indexed first (size 'real', engine 'ours').");
        CopyDirectory(builtIndex, Path.Combine(data, "index"));

        using var host = await HostProcess.StartAsync(assembly, new Dictionary<string, string>
        {
            ["KnowledgeBot__DataDirectory"] = data,
            ["KnowledgeBot__Web__BotMessagesPerMinute"] = "100000000",
            ["KnowledgeBot__Bot__AllowUnauthenticatedLocalChannels"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // As deploy/knowledgebot.service runs the host.
            ["DOTNET_GCgen0size"] = "0x4000000",
        }, TimeSpan.FromMinutes(10), cancellationToken);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1_000 }) { Timeout = TimeSpan.FromSeconds(30) };
        var load = new ConversationLoad(client, new Uri(host.Address, "api/messages"), messages);
        Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] bot warm-up at {host.Address}");
        await load.RunAsync(10, WarmUpTurns / 10, "warmup", cancellationToken);

        var results = new List<BotLoadRun>();
        foreach (var concurrency in Concurrency)
        {
            for (var run = 1; run <= settings.Runs; run++)
            {
                var outcome = await load.RunAsync(concurrency, Math.Max(5, TurnsPerRun / concurrency), $"{concurrency}-{run}", cancellationToken);
                var result = new BotLoadRun(concurrency, outcome.Turns, outcome.Errors, outcome.WallSeconds, outcome.Latency, host.PeakWorkingSetBytes, MachineDescription.ReadLoadAverage());
                Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] bot {concurrency} conversations run {run}: {result.TurnsPerSecond:N0} turns/s, p50 {result.Latency.P50:F1} ms, p99 {result.Latency.P99:F1} ms, {result.Errors} errors");
                results.Add(result);
                if (outcome.FirstError is { } error)
                    notes.Add($"/api/messages at {concurrency} conversations, run {run}: {outcome.Errors:N0} of {outcome.Turns:N0} turns failed; first failure: {error}.");
            }
        }
        return results;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
