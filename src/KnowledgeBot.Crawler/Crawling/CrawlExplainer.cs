using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.State;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// Answers "would this URL be indexed, and if not why?" with the crawler's own rules: allow/deny prefixes,
/// robots.txt, HTTP status, content type, size, redirects, noindex, canonical.
/// </summary>
public sealed class CrawlExplainer(IHttpClientFactory httpClients, IOptions<CrawlerOptions> configured)
{
    /// <returns><c>indexed</c> or <c>skipped: reason</c>.</returns>
    public async Task<string> ExplainAsync(Uri url, string? userAgent = null, CancellationToken cancellationToken = default)
    {
        var options = configured.Value;
        var explainOptions = options.Clone();
        // The URL is judged as if it were the seed of a crawl: by default its own site is allowed.
        explainOptions.Seeds = [url.GetLeftPart(UriPartial.Authority) + "/"];
        explainOptions.UserAgent = userAgent ?? options.UserAgent;
        explainOptions.DelayPerHost = TimeSpan.Zero;
        var crawler = new SiteCrawler(httpClients.CreateClient(CrawlerHttpClient.Name), explainOptions, new Dictionary<string, PageState>());
        var visit = await crawler.VisitOneAsync(url, cancellationToken);
        return visit.Outcome == CrawlOutcome.Indexed ? "indexed" : $"skipped: {visit.Reason}";
    }
}
