using KnowledgeBot.Core;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Crawling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Tests.Support;

/// <summary>
/// A crawl set-up as the CLI composes it (Core index + crawler, real Lucene index and SQLite state in a temporary
/// data directory) against a <see cref="SiteServer"/> that serves a copy of the sample site under its public
/// origin https://asso.example.org (configured as an origin alias of the local server).
/// </summary>
public sealed class CrawlHarness : IAsyncDisposable
{
    private readonly string _workDirectory;
    private readonly ServiceProvider _services;

    private CrawlHarness(string workDirectory, SiteServer server, ServiceProvider services)
    {
        _workDirectory = workDirectory;
        Server = server;
        _services = services;
    }

    public SiteServer Server { get; }

    /// <summary>Temporary folder of this harness (served site copy, data directories), deleted at the end.</summary>
    public string WorkDirectory => _workDirectory;

    public IKnowledgeIndex Index => _services.GetRequiredService<IKnowledgeIndex>();

    public IKnowledgeSearch Search => _services.GetRequiredService<IKnowledgeSearch>();

    public CrawlExplainer Explainer => _services.GetRequiredService<CrawlExplainer>();

    public static async Task<CrawlHarness> StartAsync()
    {
        var work = Directory.CreateTempSubdirectory("kb-crawl-").FullName;
        var site = Path.Combine(work, "site");
        CopyDirectory(SampleSite.Directory, site);
        var server = await SiteServer.StartAsync(site);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(work, server)).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddKnowledgeBot()
            .AddCrawler()
            .BuildServiceProvider();
        return new CrawlHarness(work, server, services);
    }

    /// <summary>Configuration of a crawl of the served copy (data directory, seed, deny-list, origin alias, no delay).</summary>
    public static Dictionary<string, string?> Settings(string workDirectory, SiteServer server) => new()
    {
        ["KnowledgeBot:DataDirectory"] = Path.Combine(workDirectory, "data"),
        ["KnowledgeBot:Crawler:Seeds:0"] = SampleSite.Origin + "/",
        ["KnowledgeBot:Crawler:Deny:0"] = SampleSite.Origin + "/forum/",
        ["KnowledgeBot:Crawler:Deny:1"] = SampleSite.Origin + "/admin/",
        ["KnowledgeBot:Crawler:OriginAliases:0:Public"] = SampleSite.Origin,
        ["KnowledgeBot:Crawler:OriginAliases:0:FetchFrom"] = server.Origin.GetLeftPart(UriPartial.Authority),
        ["KnowledgeBot:Crawler:DelayPerHost"] = "00:00:00",
        ["KnowledgeBot:Crawler:MaxConcurrencyPerHost"] = "4",
        ["KnowledgeBot:Crawler:RetryBaseDelay"] = "00:00:00.050",
        ["KnowledgeBot:Crawler:RequestTimeout"] = "00:00:10",
        ["KnowledgeBot:Crawler:MaxPageBytes"] = "1000000",
    };

    /// <summary>The configured crawl settings, with extra seeds if given.</summary>
    public CrawlerOptions Options(params string[] extraSeedPaths)
    {
        var options = _services.GetRequiredService<IOptions<CrawlerOptions>>().Value.Clone();
        options.Seeds = [.. options.Seeds, .. extraSeedPaths.Select(p => SampleSite.Origin + p)];
        return options;
    }

    public Task<CrawlRunReport> CrawlAsync(params string[] extraSeedPaths) => CrawlAsync(Options(extraSeedPaths));

    public Task<CrawlRunReport> CrawlAsync(CrawlerOptions options, CancellationToken cancellationToken = default) =>
        _services.GetRequiredService<CrawlRunner>().RunAsync(options, cancellationToken: cancellationToken);

    public int IndexedPages => Index.GetStats().Documents[Core.Documents.DocumentKind.Page];

    public string SiteFile(string relative) => Path.Combine(Server.Root, relative);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await _services.DisposeAsync();
        Directory.Delete(_workDirectory, recursive: true);
    }
}
