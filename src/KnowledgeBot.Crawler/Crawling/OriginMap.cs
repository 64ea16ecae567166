using KnowledgeBot.Crawler.Configuration;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// Translates between a site's public URLs (document identity, links, canonicals) and the address it is
/// actually fetched from (<see cref="CrawlerOptions.OriginAliases"/>). Without aliases both are the same.
/// </summary>
public sealed class OriginMap
{
    private readonly IReadOnlyList<(Uri Public, Uri FetchFrom)> _aliases;

    public OriginMap(IEnumerable<OriginAlias> aliases) =>
        _aliases = aliases.Select(a => (new Uri(a.Public), new Uri(a.FetchFrom))).ToList();

    public Uri ToFetch(Uri publicUrl) => Swap(publicUrl, a => a.Public, a => a.FetchFrom);

    public Uri ToPublic(Uri fetchedUrl) => Swap(fetchedUrl, a => a.FetchFrom, a => a.Public);

    private Uri Swap(Uri url, Func<(Uri Public, Uri FetchFrom), Uri> from, Func<(Uri Public, Uri FetchFrom), Uri> to)
    {
        foreach (var alias in _aliases)
        {
            if (SameOrigin(url, from(alias)))
            {
                var target = to(alias);
                return new UriBuilder(url) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            }
        }
        return url;
    }

    public static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
