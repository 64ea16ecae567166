using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>Counters of a crawl, reported while it runs and at its end.</summary>
public sealed record CrawlProgress(
    int Fetched,
    int Indexed,
    int Unchanged,
    int Removed,
    int Errors,
    IReadOnlyDictionary<SkipKind, int> SkippedByReason,
    TimeSpan Elapsed)
{
    public int Skipped => SkippedByReason.Values.Sum();

    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Fetched / Elapsed.TotalSeconds : 0;
}
