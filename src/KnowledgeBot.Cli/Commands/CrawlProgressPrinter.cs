using System.Diagnostics;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Cli.Commands;

/// <summary>Prints crawl counters at most once a second: fetched, pages/s, indexed, unchanged, removed, errors, skipped by reason.</summary>
internal sealed class CrawlProgressPrinter(TextWriter output) : IProgress<CrawlProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private readonly Lock _gate = new();

    public void Report(CrawlProgress value)
    {
        lock (_gate)
        {
            if (_sinceLast.Elapsed < Interval)
                return;
            _sinceLast.Restart();
        }
        var reasons = string.Join(", ", value.SkippedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Value} {SkipReason.Label(r.Key)}"));
        output.WriteLine(
            $"  {value.Fetched} fetched ({value.PagesPerSecond:0.0}/s), {value.Indexed} indexed, {value.Unchanged} unchanged, " +
            $"{value.Removed} removed, {value.Errors} errors, {value.Skipped} skipped{(reasons.Length > 0 ? $" ({reasons})" : "")}");
    }
}
