using System.Collections.Concurrent;
using System.Text;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Fetching;

namespace KnowledgeBot.Crawler.Robots;

/// <summary>
/// The robots.txt of each site, fetched once per crawl (RFC 9309 2.3): 2xx is parsed, 4xx allows everything,
/// 5xx, 429 or no answer disallows everything; up to five redirects are followed. The host's politeness delay
/// becomes the longer of the configured delay and its Crawl-delay (capped).
/// </summary>
public sealed class RobotsCache(PageFetcher fetcher, HostThrottle throttle, OriginMap origins, string userAgent, TimeSpan defaultDelay, TimeSpan maxCrawlDelay)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _byOrigin = new();

    /// <param name="publicUrl">Any URL of the site (public address).</param>
    public Task<RobotsTxt> GetAsync(Uri publicUrl, CancellationToken cancellationToken) =>
        _byOrigin.GetOrAdd(publicUrl.GetLeftPart(UriPartial.Authority), origin => new Lazy<Task<RobotsTxt>>(() => LoadAsync(origin, cancellationToken))).Value;

    private async Task<RobotsTxt> LoadAsync(string origin, CancellationToken cancellationToken)
    {
        var url = origins.ToFetch(new Uri(origin + "/robots.txt"));
        RobotsTxt robots;
        try
        {
            var (status, body) = await fetcher.FetchResourceAsync(url, userAgent, RobotsTxt.MaxBytes, redirects: 5, cancellationToken);
            robots = status switch
            {
                >= 200 and < 300 => RobotsTxt.Parse(Encoding.UTF8.GetString(body ?? [])),
                // 429 asks us to slow down: not a sign that the site has no rules.
                >= 400 and < 500 and not 429 => RobotsTxt.AllowAll,
                _ => RobotsTxt.DisallowAll($"robots.txt inaccessible (HTTP {status}) : exploration suspendue par prudence"),
            };
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            robots = RobotsTxt.DisallowAll($"robots.txt inaccessible ({e.GetType().Name}) : exploration suspendue par prudence");
        }
        if (robots.CrawlDelay(userAgent) is { } crawlDelay)
        {
            var delay = crawlDelay > maxCrawlDelay ? maxCrawlDelay : crawlDelay;
            throttle.SetDelay(url.Authority, delay > defaultDelay ? delay : defaultDelay);
        }
        return robots;
    }
}
