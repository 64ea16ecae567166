using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>Thread-safe tally of crawl events.</summary>
internal sealed class CrawlCounters
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<SkipKind, int> _skipped = new();
    private int _fetched, _indexed, _unchanged, _removed, _errors;

    public void Fetched() => Interlocked.Increment(ref _fetched);

    public void Count(CrawlEvent crawlEvent)
    {
        switch (crawlEvent.Outcome)
        {
            case CrawlOutcome.Indexed: Interlocked.Increment(ref _indexed); break;
            case CrawlOutcome.Unchanged: Interlocked.Increment(ref _unchanged); break;
            case CrawlOutcome.Removed: Interlocked.Increment(ref _removed); break;
            case CrawlOutcome.Error: Interlocked.Increment(ref _errors); break;
            case CrawlOutcome.Skipped: _skipped.AddOrUpdate(crawlEvent.Reason!.Kind, 1, (_, n) => n + 1); break;
        }
    }

    public CrawlProgress Snapshot() => new(
        Volatile.Read(ref _fetched), Volatile.Read(ref _indexed), Volatile.Read(ref _unchanged), Volatile.Read(ref _removed), Volatile.Read(ref _errors),
        new Dictionary<SkipKind, int>(_skipped), _clock.Elapsed);
}
