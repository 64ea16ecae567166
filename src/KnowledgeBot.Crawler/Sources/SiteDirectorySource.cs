using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Extraction;
using KnowledgeBot.Crawler.Policy;
using KnowledgeBot.Crawler.Robots;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Sources;

/// <summary>
/// Reads the association's website from a folder of static files and yields what a crawl of it would index:
/// pages allowed by the site's robots.txt, without <c>noindex</c>, whose canonical link is their own URL.
/// </summary>
public sealed class SiteDirectorySource(IOptions<SiteDirectoryOptions> site, IOptions<CrawlerOptions> crawler) : IDocumentSource
{
    private readonly string _directory = KnowledgeBotHome.Resolve(site.Value.Path);
    private readonly Uri _baseUrl = new(site.Value.BaseUrl.TrimEnd('/') + "/");
    private readonly string _userAgent = crawler.Value.UserAgent;

    public string Name => $"site web {_directory}";

    public IReadOnlySet<DocumentKind> Kinds { get; } = new HashSet<DocumentKind> { DocumentKind.Page };

    public async IAsyncEnumerable<Document> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (_, outcome) in ExploreAsync(cancellationToken))
        {
            if (outcome.Document is { } document)
                yield return document;
        }
    }

    /// <summary>Every page of the folder with what happens to it (indexed, or why not).</summary>
    public async IAsyncEnumerable<(Uri Url, PageOutcome Outcome)> ExploreAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_directory))
            throw new SourceFormatException(_directory, 0, "dossier du site introuvable");
        var robots = await ReadRobotsAsync(cancellationToken);
        var productToken = RobotsTxt.ProductToken(_userAgent);
        foreach (var file in Directory.EnumerateFiles(_directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var url = new Uri(_baseUrl, UrlPathOf(file));
            var verdict = robots.Check(_userAgent, url.PathAndQuery);
            if (!verdict.Allowed)
            {
                yield return (url, new PageOutcome(null, SkipReason.Robots(robots, verdict)));
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var page = HtmlPageExtractor.Extract(bytes, headerCharset: null, url, productToken);
            yield return (url, PageAdmission.Admit(url, page, RobotsDirectives.None));
        }
    }

    private async Task<RobotsTxt> ReadRobotsAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_directory, "robots.txt");
        return File.Exists(path) ? RobotsTxt.Parse(await File.ReadAllTextAsync(path, cancellationToken)) : RobotsTxt.AllowAll;
    }

    // a/b.html -> a/b ; index.html -> "" ; a/index.html -> a/
    private string UrlPathOf(string file)
    {
        var relative = Path.GetRelativePath(_directory, file).Replace(Path.DirectorySeparatorChar, '/');
        relative = relative[..^".html".Length];
        if (relative == "index")
            return "";
        return relative.EndsWith("/index", StringComparison.Ordinal) ? relative[..^"index".Length] : relative;
    }
}
