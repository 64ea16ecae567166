using KnowledgeBot.Crawler.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBot.Crawler.Tests.Crawling;

public class CrawlExplainerTests
{
    [Theory]
    [InlineData("/aides/aides-financieres", null, "indexed")]
    [InlineData("/mentions-legales", null, "indexed")]
    [InlineData("/forum/questions/perruque-remboursement", null, "skipped: robots.txt « Disallow: /forum/ » (ligne 8)")]
    [InlineData("/contact", "BadBot/2.0", "skipped: robots.txt « Disallow: / » (ligne 5)")]
    [InlineData("/actualites/ancienne-page-droit-a-l-oubli", null, "skipped: noindex (balise meta robots)")]
    [InlineData("/aides/aides-financieres-copie", null, "skipped: canonical ailleurs (https://asso.example.org/aides/aides-financieres)")]
    [InlineData("/page-qui-n-existe-pas", null, "skipped: HTTP 404")]
    public async Task Explain_gives_one_line_with_the_deciding_rule(string path, string? userAgent, string expectedStart)
    {
        await using var harness = await CrawlHarness.StartAsync();

        var line = await harness.Explainer.ExplainAsync(new Uri(SampleSite.Origin + path), userAgent);

        Assert.StartsWith(expectedStart, line);
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("foobot", "/example/page.html", "indexed")]
    [InlineData("foobot", "/publications/rapport", "skipped: robots.txt « Disallow: / » (ligne 7)")]
    [InlineData("barbot/2.0", "/example/page.html", "skipped: robots.txt « Disallow: /example/page.html » (ligne 13)")]
    [InlineData("BazBot", "/publications/rapport", "indexed")]
    [InlineData("quxbot", "/example/page.html", "indexed")]
    [InlineData("OtherBot", "/example/page.html", "skipped: robots.txt « Disallow: /example/ » (ligne 3)")]
    [InlineData("OtherBot", "/publications/rapport", "indexed")]
    public async Task Explain_answers_the_rfc_9309_example_for_each_user_agent(string userAgent, string path, string expectedStart)
    {
        await using var harness = await CrawlHarness.StartAsync();
        File.WriteAllText(harness.SiteFile("robots.txt"), Rfc9309Examples.Simple);
        harness.Server.Route(path, context => context.Response.WriteAsync("<html><body><main><p>Page d'exemple.</p></main></body></html>"));

        var line = await harness.Explainer.ExplainAsync(new Uri(SampleSite.Origin + path), userAgent);

        Assert.StartsWith(expectedStart, line);
    }
}
