using KnowledgeBot.Crawler.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// Crawls the configured seeds every <see cref="CrawlerOptions.ScheduleInterval"/> (disabled when unset), keeping the
/// index in step with the website. A failed crawl is logged and retried at the next tick; the index stays as it was.
/// </summary>
public sealed class ScheduledCrawlService(CrawlRunner runner, IOptions<CrawlerOptions> options, ILogger<ScheduledCrawlService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ScheduleInterval is not { } interval || interval <= TimeSpan.Zero || options.Value.Seeds.Count == 0)
        {
            logger.LogInformation("Scheduled crawls are off (set KnowledgeBot:Crawler:ScheduleInterval and Seeds to enable them)");
            return;
        }
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var report = await runner.RunAsync(options.Value, cancellationToken: stoppingToken);
                var summary = report.Crawl.Summary;
                logger.LogInformation("Scheduled crawl: {Fetched} fetched, {Indexed} indexed, {Unchanged} unchanged, {Removed} removed, {Skipped} skipped, {Errors} errors",
                    summary.Fetched, summary.Indexed, summary.Unchanged, summary.Removed, summary.Skipped, summary.Errors);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Scheduled crawl failed; the index keeps its previous generation");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
