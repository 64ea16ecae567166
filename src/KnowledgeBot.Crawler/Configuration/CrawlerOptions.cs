namespace KnowledgeBot.Crawler.Configuration;

/// <summary>Settings of the crawler (section <c>KnowledgeBot:Crawler</c>), shared by the <c>crawl</c> command and scheduled crawls.</summary>
public sealed class CrawlerOptions
{
    public const string Section = "KnowledgeBot:Crawler";

    /// <summary>Identifies the crawler to web servers; its product token (the leading name) selects the robots.txt group.</summary>
    public string UserAgent { get; set; } = "KnowledgeBot/1.0 (+https://asso.example.org/contact)";

    /// <summary>Where crawls start (the site's sitemaps are added).</summary>
    public List<string> Seeds { get; set; } = [];

    /// <summary>URL prefixes that may be indexed; empty means the origins of the seeds.</summary>
    public List<string> Allow { get; set; } = [];

    /// <summary>URL prefixes never indexed: absolute (<c>https://site/forum/</c>) or a path on any allowed site (<c>/forum/</c>).</summary>
    public List<string> Deny { get; set; } = [];

    /// <summary>
    /// Sites whose pages are fetched from another address than their public one (a mirror, a staging server, a test server):
    /// documents keep the public URL, requests go to <see cref="OriginAlias.FetchFrom"/>.
    /// </summary>
    public List<OriginAlias> OriginAliases { get; set; } = [];

    /// <summary>Parallel requests to one host.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Pause between two requests to one host; a longer robots.txt <c>Crawl-delay</c> wins.</summary>
    public TimeSpan DelayPerHost { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest Crawl-delay honoured, so that a hostile robots.txt cannot stall the crawl.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a request answered 429, 5xx, or not answered; Retry-After is honoured.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Pages larger than this are skipped (read as a stream and abandoned past the limit).</summary>
    public long MaxPageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Links followed from a seed (sitemap entries count as depth 1).</summary>
    public int MaxDepth { get; set; } = 10;

    public int MaxPages { get; set; } = 10_000;

    /// <summary>Scheduled crawls by the hosted service; disabled when null.</summary>
    public TimeSpan? ScheduleInterval { get; set; }

    /// <summary>A copy to adjust for one run (command-line seeds and prefixes, another user agent).</summary>
    public CrawlerOptions Clone() => (CrawlerOptions)MemberwiseClone();
}

public sealed class OriginAlias
{
    /// <summary>Origin that document URLs use, e.g. <c>https://asso.example.org</c>.</summary>
    public string Public { get; set; } = "";

    /// <summary>Origin requests are sent to, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public string FetchFrom { get; set; } = "";
}
