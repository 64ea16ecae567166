using System.Globalization;
using HtmlAgilityPack;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Crawler.Extraction;

/// <summary>Reads an HTML page: title, description, modification date, canonical link, robots directives, main content and links.</summary>
public static class HtmlPageExtractor
{
    // Meta names and properties that carry a page's last modification date, most specific first.
    private static readonly string[] ModifiedMetaNames =
        ["dcterms.modified", "dc.date.modified", "article:modified_time", "og:updated_time", "last-modified", "dcterms.date", "date"];

    /// <summary>Decodes the bytes (charset from <paramref name="headerCharset"/>, then the page) and extracts the page.</summary>
    public static HtmlPage Extract(ReadOnlySpan<byte> content, string? headerCharset, Uri pageUrl, string robotsProductToken) =>
        Extract(CharsetDetector.Decode(content, headerCharset), pageUrl, robotsProductToken);

    /// <param name="robotsProductToken">Our crawler's name: <c>&lt;meta name="knowledgebot"&gt;</c> applies like <c>&lt;meta name="robots"&gt;</c>.</param>
    public static HtmlPage Extract(string html, Uri pageUrl, string robotsProductToken)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var head = document.DocumentNode;
        var baseUrl = ResolveBase(head, pageUrl);

        var (pageHeading, sections) = SectionTextBuilder.Build(MainContentLocator.Locate(document));
        var title = FirstNonEmpty(
            Meta(head, "og:title"),
            TitleWithoutSiteName(head.SelectSingleNode("//title")?.InnerText),
            pageHeading,
            pageUrl.AbsolutePath);
        if (pageHeading is not null && pageHeading != title && sections.Count > 0 && sections[0].Heading is null)
            sections = [sections[0] with { Heading = pageHeading }, .. sections.Skip(1)];

        return new HtmlPage(
            Title: title,
            Description: NullIfEmpty(Meta(head, "description") ?? Meta(head, "og:description")),
            Modified: ModifiedDate(head),
            Canonical: Canonical(head, baseUrl),
            Robots: RobotsDirectives.Parse(Meta(head, "robots")).Merge(RobotsDirectives.Parse(Meta(head, robotsProductToken))),
            Sections: sections,
            Links: Links(head, baseUrl));
    }

    private static Uri ResolveBase(HtmlNode root, Uri pageUrl)
    {
        var href = root.SelectSingleNode("//head/base[@href]")?.GetAttributeValue("href", "");
        return !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(pageUrl, href.Trim(), out var resolved) ? resolved : pageUrl;
    }

    private static string? Meta(HtmlNode root, string name)
    {
        foreach (var meta in root.SelectNodes("//meta") ?? Enumerable.Empty<HtmlNode>())
        {
            var key = meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("property", null);
            if (key is not null && key.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                return HtmlEntity.DeEntitize(meta.GetAttributeValue("content", "")).Trim();
        }
        return null;
    }

    // "Mentions légales | L'Association" -> "Mentions légales"
    private static string? TitleWithoutSiteName(string? title)
    {
        if (title is null)
            return null;
        var text = HtmlEntity.DeEntitize(title).Trim();
        var separator = text.LastIndexOf(" | ", StringComparison.Ordinal);
        return separator > 0 ? text[..separator].Trim() : text;
    }

    private static DateTimeOffset? ModifiedDate(HtmlNode root)
    {
        foreach (var name in ModifiedMetaNames)
        {
            if (Meta(root, name) is { Length: > 0 } value
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date;
        }
        return null;
    }

    private static Uri? Canonical(HtmlNode root, Uri baseUrl)
    {
        foreach (var link in root.SelectNodes("//link[@rel and @href]") ?? Enumerable.Empty<HtmlNode>())
        {
            var rel = link.GetAttributeValue("rel", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel.Contains("canonical", StringComparer.OrdinalIgnoreCase) && ToHttpUrl(baseUrl, link.GetAttributeValue("href", "")) is { } url)
                return url;
        }
        return null;
    }

    private static IReadOnlyList<Uri> Links(HtmlNode root, Uri baseUrl)
    {
        var links = new List<Uri>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in root.SelectNodes("//a[@href]") ?? Enumerable.Empty<HtmlNode>())
        {
            var rel = anchor.GetAttributeValue("rel", "");
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("nofollow", StringComparer.OrdinalIgnoreCase))
                continue;
            if (ToHttpUrl(baseUrl, anchor.GetAttributeValue("href", "")) is { } url && seen.Add(url))
                links.Add(url);
        }
        return links;
    }

    /// <summary>Resolves an href to an absolute http(s) URL without fragment; null for mailto:, tel:, javascript: and the like.</summary>
    public static Uri? ToHttpUrl(Uri baseUrl, string href)
    {
        if (!Uri.TryCreate(baseUrl, HtmlEntity.DeEntitize(href).Trim(), out var url) || url.Scheme is not ("http" or "https"))
            return null;
        return string.IsNullOrEmpty(url.Fragment) ? url : new UriBuilder(url) { Fragment = "" }.Uri;
    }

    private static string FirstNonEmpty(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!.Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
