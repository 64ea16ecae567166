using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// Crawl throughput on loopback, measured by the crawler's own script (<c>scripts/bench-crawl.sh</c>): it renders the
/// service-public publications to static HTML once, serves them on 127.0.0.1 and runs <c>kb crawl</c> with the
/// politeness delay at 0, each run into a fresh data folder.
/// </summary>
public static partial class CrawlScenario
{
    public const string Script = "scripts/bench-crawl.sh";

    public static async Task<IReadOnlyList<CrawlRun>> RunAsync(int runs, CancellationToken cancellationToken)
    {
        var script = KnowledgeBotHome.Resolve(Script);
        if (!File.Exists(script))
            throw new InvalidOperationException($"{Script} not found: the crawler's throughput script is not on this branch.");
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = KnowledgeBotHome.Locate() };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(runs.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Script}.");
        var results = new List<CrawlRun>();
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            Console.WriteLine("    " + line);
            if (RunLine().Match(line) is { Success: true } run)
            {
                var pages = int.Parse(run.Groups["pages"].Value, CultureInfo.InvariantCulture);
                var rate = double.Parse(run.Groups["rate"].Value, CultureInfo.InvariantCulture);
                var memory = long.Parse(run.Groups["memory"].Value, CultureInfo.InvariantCulture) * 1048576;
                results.Add(new CrawlRun(pages, pages / rate, memory, MachineDescription.ReadLoadAverage()));
            }
        }
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || results.Count == 0)
            throw new InvalidOperationException($"{Script} failed (exit code {process.ExitCode}, {results.Count} runs read).");
        return results;
    }

    [GeneratedRegex(@"^run \d+: (?<pages>\d+) pages fetched, (?<rate>[\d.]+) pages/s, peak memory (?<memory>\d+) MiB")]
    private static partial Regex RunLine();
}
