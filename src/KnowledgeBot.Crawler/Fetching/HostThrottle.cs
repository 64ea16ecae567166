using System.Collections.Concurrent;

namespace KnowledgeBot.Crawler.Fetching;

/// <summary>Politeness per host: at most N requests at once, and a minimum pause between the starts of two requests.</summary>
public sealed class HostThrottle(int maxConcurrencyPerHost, TimeSpan defaultDelay)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets a host's pause (e.g. from its robots.txt Crawl-delay).</summary>
    public void SetDelay(string host, TimeSpan delay) => Slot(host).Delay = delay;

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = Slot(host);
        await slot.Concurrency.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = DateTimeOffset.UtcNow;
                var start = slot.NextStart > now ? slot.NextStart : now;
                slot.NextStart = start + slot.Delay;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, cancellationToken);
            return new Release(slot.Concurrency);
        }
        catch
        {
            slot.Concurrency.Release();
            throw;
        }
    }

    private HostSlot Slot(string host) => _hosts.GetOrAdd(host, _ => new HostSlot(maxConcurrencyPerHost, defaultDelay));

    private sealed class HostSlot(int concurrency, TimeSpan delay)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency, concurrency);
        public TimeSpan Delay { get; set; } = delay;
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                semaphore.Release();
        }
    }
}
