using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// Which URLs the crawl may index: those under an allowed prefix (by default the seeds' origins) and under no
/// denied prefix. A deny prefix is either absolute (<c>https://site/forum/</c>) or a path (<c>/forum/</c>) on any site.
/// </summary>
public sealed class UrlScope
{
    private readonly IReadOnlyList<string> _allow;
    private readonly IReadOnlyList<string> _deny;

    public UrlScope(IEnumerable<string> allow, IEnumerable<string> deny, IEnumerable<Uri> seeds)
    {
        var allowed = allow.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Canonicalize).ToList();
        _allow = allowed.Count > 0 ? allowed : seeds.Select(s => s.GetLeftPart(UriPartial.Authority) + "/").Distinct().ToList();
        _deny = deny.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.StartsWith('/') ? p : Canonicalize(p)).ToList();
    }

    public IReadOnlyList<string> AllowedPrefixes => _allow;

    /// <summary>Null when the URL is under an allowed prefix, else why not.</summary>
    public SkipReason? CheckAllowed(Uri url) =>
        _allow.Any(prefix => url.AbsoluteUri.StartsWith(prefix, StringComparison.Ordinal)) ? null : SkipReason.OutsideAllowList(url.AbsoluteUri);

    /// <summary>The deny-list prefix the URL falls under, as a reason, or null.</summary>
    public SkipReason? CheckDenied(Uri url)
    {
        foreach (var prefix in _deny)
        {
            var subject = prefix.StartsWith('/') ? url.PathAndQuery : url.AbsoluteUri;
            if (subject.StartsWith(prefix, StringComparison.Ordinal))
                return SkipReason.DenyList(prefix);
        }
        return null;
    }

    // Lower-case scheme and host, default path "/", as Uri.AbsoluteUri writes them.
    private static string Canonicalize(string prefix) =>
        Uri.TryCreate(prefix, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : prefix;
}
