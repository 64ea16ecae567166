using KnowledgeBot.Core.Documents;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Policy;
using KnowledgeBot.Crawler.Sources;
using KnowledgeBot.Crawler.Tests.Support;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Tests.Sources;

public class SiteDirectorySourceTests
{
    private static SiteDirectorySource Source() => new(
        Options.Create(new SiteDirectoryOptions { Path = SampleSite.Directory, BaseUrl = SampleSite.Origin }),
        Options.Create(new CrawlerOptions()));

    [Fact]
    public async Task Indexes_exactly_the_vetted_pages_of_the_sample_site()
    {
        var documents = await Source().ReadAsync().ToListAsync();

        Assert.Equal(SampleSite.VettedCanonicalUrls.Order(), documents.Select(d => d.Id).Order());
        Assert.All(documents, d => Assert.Equal(DocumentKind.Page, d.Kind));
        Assert.All(documents, d => Assert.Equal(d.Id, d.Url));
    }

    [Theory]
    [InlineData("https://asso.example.org/forum/temoignages/mon-parcours", SkipKind.RobotsTxt)]
    [InlineData("https://asso.example.org/forum/questions/perruque-remboursement", SkipKind.RobotsTxt)]
    [InlineData("https://asso.example.org/admin/tableau-de-bord", SkipKind.RobotsTxt)]
    [InlineData("https://asso.example.org/aides/aides-financieres-copie", SkipKind.CanonicalElsewhere)]
    [InlineData("https://asso.example.org/actualites/ancienne-page-droit-a-l-oubli", SkipKind.NoIndex)]
    public async Task Each_trap_page_is_skipped_for_its_own_reason(string url, SkipKind reason)
    {
        var outcomes = await Source().ExploreAsync().ToListAsync();

        var (_, outcome) = Assert.Single(outcomes, o => o.Url.AbsoluteUri == url);
        Assert.Equal(reason, outcome.Skipped?.Kind);
    }

    [Fact]
    public async Task Latin1_page_is_indexed_with_its_accents()
    {
        var documents = await Source().ReadAsync().ToListAsync();

        var legal = Assert.Single(documents, d => d.Id == "https://asso.example.org/mentions-legales");
        Assert.Equal("Mentions légales", legal.Title);
        Assert.Contains("propriété intellectuelle", legal.FullText);
    }
}
