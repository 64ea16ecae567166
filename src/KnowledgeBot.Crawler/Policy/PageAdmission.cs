using KnowledgeBot.Core.Documents;
using KnowledgeBot.Crawler.Extraction;

namespace KnowledgeBot.Crawler.Policy;

/// <summary>Either the document a page becomes, or why it is not indexed.</summary>
public sealed record PageOutcome(Document? Document, SkipReason? Skipped)
{
    public bool Indexed => Document is not null;
}

/// <summary>
/// The rules an HTML page must pass to be indexed, shared by the crawler and the site-on-disk source:
/// no <c>noindex</c> (meta or X-Robots-Tag), and a canonical link, if any, pointing to the page itself.
/// The document's identity is its canonical URL.
/// </summary>
public static class PageAdmission
{
    /// <param name="url">The page's public URL (after redirects).</param>
    public static PageOutcome Admit(Uri url, HtmlPage page, RobotsDirectives header)
    {
        if (header.NoIndex)
            return new(null, SkipReason.NoIndex("en-tête X-Robots-Tag"));
        if (page.Robots.NoIndex)
            return new(null, SkipReason.NoIndex("balise meta robots"));
        if (page.Canonical is { } canonical && !SameUrl(canonical, url))
            return new(null, SkipReason.CanonicalElsewhere(canonical));

        var id = (page.Canonical ?? url).AbsoluteUri;
        return new(new Document
        {
            Id = id,
            Url = id,
            Title = page.Title,
            Kind = DocumentKind.Page,
            Sections = page.Sections,
            Modified = page.Modified,
            Description = page.Description,
        }, null);
    }

    private static bool SameUrl(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.Ordinal) == 0;
}
