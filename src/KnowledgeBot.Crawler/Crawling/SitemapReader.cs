using System.Xml;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>Reads the page URLs (<c>urlset/url/loc</c>) and nested sitemaps (<c>sitemapindex/sitemap/loc</c>) of a sitemap.xml.</summary>
public static class SitemapReader
{
    public sealed record Sitemap(IReadOnlyList<Uri> Pages, IReadOnlyList<Uri> Sitemaps);

    public static Sitemap Read(byte[] xml)
    {
        var pages = new List<Uri>();
        var sitemaps = new List<Uri>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            var parent = "";
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                if (reader.LocalName is "url" or "sitemap")
                    parent = reader.LocalName;
                else if (reader.LocalName == "loc" && Uri.TryCreate(reader.ReadElementContentAsString().Trim(), UriKind.Absolute, out var loc))
                    (parent == "sitemap" ? sitemaps : pages).Add(loc);
            }
        }
        catch (XmlException)
        {
            // A broken sitemap only costs the URLs after the error; links still lead to the pages.
        }
        return new Sitemap(pages, sitemaps);
    }
}
