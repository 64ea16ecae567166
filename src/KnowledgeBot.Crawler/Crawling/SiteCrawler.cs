using System.Collections.Concurrent;
using System.Threading.Channels;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Extraction;
using KnowledgeBot.Crawler.Fetching;
using KnowledgeBot.Crawler.Policy;
using KnowledgeBot.Crawler.Robots;
using KnowledgeBot.Crawler.State;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// One crawl: starts from the seeds, the sites' sitemaps and the URLs known from the last crawl, follows links
/// within scope, and decides for every URL met whether it is indexed, unchanged (304), removed or skipped, and why.
/// It changes nothing itself: the caller commits <see cref="CrawlResult"/> to the index, then to the crawl state.
/// </summary>
public sealed class SiteCrawler
{
    private const int MaxSitemaps = 50;
    private const long MaxSitemapBytes = 50L * 1024 * 1024;

    private readonly CrawlerOptions _options;
    private readonly IReadOnlyDictionary<string, PageState> _known;
    private readonly PageFetcher _fetcher;
    private readonly RobotsCache _robots;
    private readonly OriginMap _origins;
    private readonly UrlScope _scope;
    private readonly IReadOnlyList<Uri> _seeds;
    private readonly string _productToken;

    private readonly Channel<(Uri Url, int Depth)> _frontier = Channel.CreateUnbounded<(Uri, int)>();
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _documentUrls = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Document> _upserts = [];
    private readonly ConcurrentDictionary<string, byte> _deletes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PageState> _pages = [];
    private readonly ConcurrentBag<string> _forgotten = [];
    private readonly ConcurrentQueue<CrawlEvent> _events = new();
    private readonly CrawlCounters _counters = new();
    private int _pending;
    private int _fetchBudget;

    public SiteCrawler(HttpClient http, CrawlerOptions options, IReadOnlyDictionary<string, PageState> known)
    {
        _options = options;
        _known = known;
        _seeds = options.Seeds.Select(s => new Uri(s)).ToList();
        _origins = new OriginMap(options.OriginAliases);
        _scope = new UrlScope(options.Allow, options.Deny, _seeds);
        _productToken = RobotsTxt.ProductToken(options.UserAgent);
        var throttle = new HostThrottle(options.MaxConcurrencyPerHost, options.DelayPerHost);
        _fetcher = new PageFetcher(http, throttle, options.MaxRedirects, options.MaxPageBytes);
        _robots = new RobotsCache(_fetcher, throttle, _origins, options.UserAgent, options.DelayPerHost, options.MaxCrawlDelay);
        _fetchBudget = options.MaxPages;
    }

    public async Task<CrawlResult> CrawlAsync(IProgress<CrawlProgress>? progress = null, Action<CrawlEvent>? log = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _pending); // held until every start URL is queued
        foreach (var seed in _seeds)
            Enqueue(seed, 0);
        foreach (var page in await DiscoverSitemapPagesAsync(cancellationToken))
            Enqueue(page, 1);
        foreach (var url in _known.Keys)
            Enqueue(new Uri(url), 1);
        Done();

        var workers = Enumerable.Range(0, Math.Max(4, _options.MaxConcurrencyPerHost * 2))
            .Select(_ => Task.Run(() => WorkAsync(progress, log, cancellationToken), cancellationToken))
            .ToList();
        await Task.WhenAll(workers);

        var upserts = _upserts.ToList();
        var deletes = _deletes.Keys.Except(upserts.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        return new CrawlResult(upserts, deletes, _pages.ToList(), _forgotten.ToList(), _events.ToList(), _counters.Snapshot());
    }

    /// <summary>Fetches and judges one URL exactly as a crawl would, without following its links.</summary>
    public Task<CrawlEvent> VisitOneAsync(Uri url, CancellationToken cancellationToken = default) =>
        VisitAsync(url, 0, cancellationToken);

    private async Task WorkAsync(IProgress<CrawlProgress>? progress, Action<CrawlEvent>? log, CancellationToken cancellationToken)
    {
        await foreach (var (url, depth) in _frontier.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                var crawlEvent = await VisitAsync(url, depth, cancellationToken);
                _events.Enqueue(crawlEvent);
                _counters.Count(crawlEvent);
                log?.Invoke(crawlEvent);
                progress?.Report(_counters.Snapshot());
            }
            finally
            {
                Done();
            }
        }
    }

    private async Task<CrawlEvent> VisitAsync(Uri url, int depth, CancellationToken cancellationToken)
    {
        var previous = _known.GetValueOrDefault(url.AbsoluteUri);
        if (await RefuseAsync(url, cancellationToken) is { } refused)
            return Drop(url, previous, refused);
        if (depth > _options.MaxDepth)
            return new CrawlEvent(url, CrawlOutcome.Skipped, SkipReason.DepthLimit(_options.MaxDepth));
        if (Interlocked.Decrement(ref _fetchBudget) < 0)
            return new CrawlEvent(url, CrawlOutcome.Skipped, SkipReason.PageLimit(_options.MaxPages));

        FetchResult fetched;
        try
        {
            _counters.Fetched();
            var validators = previous is null ? null : new Validators(previous.ETag, previous.LastModified);
            fetched = await _fetcher.FetchPageAsync(_origins.ToFetch(url), validators, _options.UserAgent,
                next => RefuseAsync(_origins.ToPublic(next), cancellationToken), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // One unreachable page must not stop the crawl; the index keeps its previous version.
            return new CrawlEvent(url, CrawlOutcome.Error, SkipReason.FetchError(e.Message));
        }

        if (fetched.NotModified && previous is not null)
        {
            foreach (var link in previous.Links)
                Enqueue(new Uri(link), depth + 1);
            _pages.Add(previous with { CrawledAt = DateTimeOffset.UtcNow });
            return new CrawlEvent(url, CrawlOutcome.Unchanged, null);
        }
        if (fetched.Failure is { } failure)
            return Failed(url, previous, fetched, failure);

        var finalUrl = _origins.ToPublic(fetched.FinalUrl);
        var page = HtmlPageExtractor.Extract(fetched.Body, fetched.Charset, finalUrl, _productToken);
        var header = RobotsDirectives.ParseHeaders(fetched.RobotsTags, _productToken);
        var links = page.Robots.NoFollow || header.NoFollow ? [] : page.Links;
        foreach (var link in links)
            Enqueue(link, depth + 1);

        var outcome = PageAdmission.Admit(finalUrl, page, header);
        if (outcome.Document is { } document && !_documentUrls.TryAdd(document.Id, url.AbsoluteUri))
            outcome = new PageOutcome(null, SkipReason.SameDocument(document.Id));
        _pages.Add(new PageState(url.AbsoluteUri, outcome.Document?.Id, fetched.Validators.ETag, fetched.Validators.LastModified,
            links.Select(l => l.AbsoluteUri).ToList(), DateTimeOffset.UtcNow));

        if (outcome.Document is { } indexed)
        {
            _upserts.Add(indexed);
            if (previous?.DocumentId is { } oldId && oldId != indexed.Id)
                _deletes.TryAdd(oldId, 0);
            return new CrawlEvent(url, CrawlOutcome.Indexed, null);
        }
        return Drop(url, previous, outcome.Skipped!);
    }

    private CrawlEvent Failed(Uri url, PageState? previous, FetchResult fetched, SkipReason failure)
    {
        var transient = failure.Kind == SkipKind.HttpStatus && fetched.Status is >= 500 or 429;
        if (transient)
            return new CrawlEvent(url, CrawlOutcome.Error, failure);
        return Drop(url, previous, failure);
    }

    /// <summary>A URL that must not be in the index: removed if the last crawl had indexed it.</summary>
    private CrawlEvent Drop(Uri url, PageState? previous, SkipReason reason)
    {
        if (previous is null)
            return new CrawlEvent(url, CrawlOutcome.Skipped, reason);
        _forgotten.Add(previous.Url);
        if (previous.DocumentId is not { } id)
            return new CrawlEvent(url, CrawlOutcome.Skipped, reason);
        _deletes.TryAdd(id, 0);
        return new CrawlEvent(url, CrawlOutcome.Removed, reason);
    }

    /// <summary>
    /// Why the crawler may not fetch this URL at all, or null: outside the allow-list (checked first, so that no
    /// robots.txt is requested from foreign sites), then the site's robots.txt, then the deny-list.
    /// </summary>
    private async ValueTask<SkipReason?> RefuseAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_scope.CheckAllowed(url) is { } outside)
            return outside;
        var robots = await _robots.GetAsync(url, cancellationToken);
        var verdict = robots.Check(_options.UserAgent, url.PathAndQuery);
        if (!verdict.Allowed)
            return SkipReason.Robots(robots, verdict);
        return _scope.CheckDenied(url);
    }

    private async Task<IReadOnlyList<Uri>> DiscoverSitemapPagesAsync(CancellationToken cancellationToken)
    {
        var sitemaps = new Queue<Uri>();
        foreach (var origin in _seeds.Select(s => new Uri(s.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            var robots = await _robots.GetAsync(origin, cancellationToken);
            foreach (var listed in robots.Sitemaps)
            {
                if (Uri.TryCreate(origin, listed, out var sitemap))
                    sitemaps.Enqueue(sitemap);
            }
            sitemaps.Enqueue(new Uri(origin, "/sitemap.xml"));
        }

        var pages = new List<Uri>();
        var read = new HashSet<Uri>();
        while (sitemaps.TryDequeue(out var sitemap) && read.Count < MaxSitemaps)
        {
            if (!read.Add(sitemap) || _scope.CheckAllowed(sitemap) is not null)
                continue;
            try
            {
                var (_, body) = await _fetcher.FetchResourceAsync(_origins.ToFetch(sitemap), _options.UserAgent, MaxSitemapBytes, _options.MaxRedirects, cancellationToken);
                if (body is null)
                    continue;
                var content = SitemapReader.Read(body);
                pages.AddRange(content.Pages.Select(_origins.ToPublic));
                foreach (var nested in content.Sitemaps)
                    sitemaps.Enqueue(_origins.ToPublic(nested));
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A missing or broken sitemap is not an error: links still lead to the pages.
            }
        }
        return pages;
    }

    private void Enqueue(Uri url, int depth)
    {
        if (!string.IsNullOrEmpty(url.Fragment))
            url = new UriBuilder(url) { Fragment = "" }.Uri;
        if (!_seen.TryAdd(url.AbsoluteUri, 0))
            return;
        Interlocked.Increment(ref _pending);
        _frontier.Writer.TryWrite((url, depth));
    }

    private void Done()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
            _frontier.Writer.TryComplete();
    }
}
