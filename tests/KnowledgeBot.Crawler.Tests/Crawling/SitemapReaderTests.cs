using System.Text;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Tests.Support;

namespace KnowledgeBot.Crawler.Tests.Crawling;

public class SitemapReaderTests
{
    [Fact]
    public void Sample_sitemap_lists_the_site_pages()
    {
        var sitemap = SitemapReader.Read(SampleSite.Bytes("sitemap.xml"));

        Assert.Contains(new Uri("https://asso.example.org/aides/aides-financieres"), sitemap.Pages);
        Assert.Contains(new Uri("https://asso.example.org/mentions-legales"), sitemap.Pages);
        Assert.Empty(sitemap.Sitemaps);
    }

    [Fact]
    public void Sitemap_index_gives_the_nested_sitemaps()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://asso.example.org/sitemap-pages.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
              <sitemap><loc> https://asso.example.org/sitemap-actualites.xml </loc></sitemap>
            </sitemapindex>
            """;

        var sitemap = SitemapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal([new Uri("https://asso.example.org/sitemap-pages.xml"), new Uri("https://asso.example.org/sitemap-actualites.xml")], sitemap.Sitemaps);
        Assert.Empty(sitemap.Pages);
    }

    [Fact]
    public void Broken_sitemap_keeps_the_urls_read_before_the_error()
    {
        const string xml = "<urlset><url><loc>https://asso.example.org/contact</loc></url><url><loc>https://asso.example.org/x</loc>";

        var sitemap = SitemapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Contains(new Uri("https://asso.example.org/contact"), sitemap.Pages);
    }
}
