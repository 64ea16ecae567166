using System.Text;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Policy;
using KnowledgeBot.Crawler.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBot.Crawler.Tests.Crawling;

public class SiteCrawlerTests
{
    private static CrawlEvent EventFor(CrawlRunReport report, string path) =>
        Assert.Single(report.Crawl.Events, e => e.Url.AbsoluteUri == SampleSite.Origin + path);

    [Fact]
    public async Task Crawl_of_the_sample_site_indexes_exactly_the_vetted_pages()
    {
        await using var harness = await CrawlHarness.StartAsync();

        var report = await harness.CrawlAsync();

        Assert.Equal(SampleSite.VettedCanonicalUrls.Order(), report.Crawl.Upserts.Select(d => d.Id).Order());
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count, harness.IndexedPages);
        Assert.Equal(0, report.Crawl.Summary.Errors);
    }

    [Theory]
    [InlineData("/forum/temoignages/mon-parcours", SkipKind.RobotsTxt)]
    [InlineData("/forum/questions/perruque-remboursement", SkipKind.RobotsTxt)]
    [InlineData("/admin/tableau-de-bord", SkipKind.RobotsTxt)]
    [InlineData("/aides/aides-financieres-copie", SkipKind.CanonicalElsewhere)]
    [InlineData("/actualites/ancienne-page-droit-a-l-oubli", SkipKind.NoIndex)]
    [InlineData("/assets/css/site.css", SkipKind.NotHtml)]
    public async Task Crawl_log_says_why_a_page_was_not_indexed(string path, SkipKind reason)
    {
        await using var harness = await CrawlHarness.StartAsync();

        // The admin page and the copy are linked from nowhere: a visitor who knows them is a seed.
        var report = await harness.CrawlAsync("/assets/css/site.css", "/aides/aides-financieres-copie", "/admin/tableau-de-bord", "/forum/questions/perruque-remboursement");

        var crawlEvent = EventFor(report, path);
        Assert.Equal(CrawlOutcome.Skipped, crawlEvent.Outcome);
        Assert.Equal(reason, crawlEvent.Reason?.Kind);
        Assert.StartsWith("non indexée", crawlEvent.ToString());
    }

    [Fact]
    public async Task Latin1_page_served_without_charset_keeps_its_accents()
    {
        await using var harness = await CrawlHarness.StartAsync();

        var report = await harness.CrawlAsync();

        var legal = Assert.Single(report.Crawl.Upserts, d => d.Id == SampleSite.Origin + "/mentions-legales");
        Assert.Equal("Mentions légales", legal.Title);
        Assert.Contains(legal.Sections, s => s.Heading == "Éditeur du site" && s.Text.Contains("reconnue d'utilité publique"));
    }

    [Fact]
    public async Task Second_crawl_gets_304s_and_reindexes_nothing()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var first = await harness.CrawlAsync();
        var answered304Before = harness.Server.AnswersWith(304);

        var second = await harness.CrawlAsync();

        Assert.Equal(0, answered304Before);
        Assert.Empty(second.Crawl.Upserts);
        Assert.Null(second.Index);
        Assert.Equal(first.Crawl.Pages.Count, second.Crawl.Summary.Unchanged);
        Assert.Equal(second.Crawl.Summary.Unchanged, harness.Server.AnswersWith(304));
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count, harness.IndexedPages);
    }

    [Fact]
    public async Task Page_removed_from_the_site_leaves_the_index()
    {
        await using var harness = await CrawlHarness.StartAsync();
        await harness.CrawlAsync();
        File.Delete(harness.SiteFile("aides/soins-de-support.html"));

        var report = await harness.CrawlAsync();

        Assert.Equal(CrawlOutcome.Removed, EventFor(report, "/aides/soins-de-support").Outcome);
        Assert.Equal(1, report.Index?.Removed);
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count - 1, harness.IndexedPages);
    }

    [Fact]
    public async Task Page_that_becomes_noindex_leaves_the_index()
    {
        await using var harness = await CrawlHarness.StartAsync();
        await harness.CrawlAsync();
        var file = harness.SiteFile("droits/droit-a-l-oubli.html");
        File.WriteAllText(file, File.ReadAllText(file).Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"));

        var report = await harness.CrawlAsync();

        var crawlEvent = EventFor(report, "/droits/droit-a-l-oubli");
        Assert.Equal(CrawlOutcome.Removed, crawlEvent.Outcome);
        Assert.Equal(SkipKind.NoIndex, crawlEvent.Reason?.Kind);
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count - 1, harness.IndexedPages);
    }

    [Fact]
    public async Task Changed_page_is_reindexed_and_only_it()
    {
        await using var harness = await CrawlHarness.StartAsync();
        await harness.CrawlAsync();
        var file = harness.SiteFile("aides/aide-a-domicile.html");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</h1>", "</h1><p>Nouveau : le portage de repas est gratuit le premier mois.</p>"));

        var report = await harness.CrawlAsync();

        var changed = Assert.Single(report.Crawl.Upserts);
        Assert.Equal(SampleSite.Origin + "/aides/aide-a-domicile", changed.Id);
        Assert.Equal(1, report.Index?.Updated);
        Assert.Contains("gratuit le premier mois", changed.FullText);
    }

    [Fact]
    public async Task Redirect_loop_is_reported_and_skipped()
    {
        await using var harness = await CrawlHarness.StartAsync();
        harness.Server.Route("/boucle-a", Redirect("/boucle-b"));
        harness.Server.Route("/boucle-b", Redirect("/boucle-a"));

        var report = await harness.CrawlAsync("/boucle-a");

        var crawlEvent = EventFor(report, "/boucle-a");
        Assert.Equal(CrawlOutcome.Skipped, crawlEvent.Outcome);
        Assert.Equal(SkipKind.RedirectLoop, crawlEvent.Reason?.Kind);
        Assert.Equal(1, harness.Server.RequestsTo("/boucle-a"));
    }

    [Fact]
    public async Task Redirect_is_followed_and_the_page_indexed_under_its_final_url()
    {
        await using var harness = await CrawlHarness.StartAsync();
        harness.Server.Route("/ancienne-adresse", Redirect("/contact"));

        var report = await harness.CrawlAsync("/ancienne-adresse");

        Assert.Contains(report.Crawl.Upserts, d => d.Id == SampleSite.Origin + "/contact");
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count, harness.IndexedPages);
    }

    [Fact]
    public async Task Oversized_page_is_reported_and_skipped_without_reading_it_all()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var hungUp = false;
        harness.Server.Route("/tres-grande-page", async context =>
        {
            context.RequestAborted.Register(() => hungUp = true);
            context.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 64 * 1024) + "</p>\n");
            await context.Response.WriteAsync("<html><body><main>");
            for (var i = 0; i < 1600 && !context.RequestAborted.IsCancellationRequested; i++) // 100 MB, no Content-Length
                await context.Response.Body.WriteAsync(chunk);
        });

        var report = await harness.CrawlAsync("/tres-grande-page");

        var crawlEvent = EventFor(report, "/tres-grande-page");
        Assert.Equal(CrawlOutcome.Skipped, crawlEvent.Outcome);
        Assert.Equal(SkipKind.TooLarge, crawlEvent.Reason?.Kind);
        Assert.True(hungUp, "the crawler should hang up past the size limit rather than read the whole page");
    }

    [Fact]
    public async Task Service_unavailable_with_retry_after_is_retried()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var attempts = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        harness.Server.Route("/page-instable", async context =>
        {
            attempts.Enqueue(DateTimeOffset.UtcNow);
            if (attempts.Count == 1)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><head><title>Permanence téléphonique</title></head><body><main><p>Ouverte du lundi au vendredi.</p></main></body></html>");
        });

        var report = await harness.CrawlAsync("/page-instable");

        Assert.Equal(CrawlOutcome.Indexed, EventFor(report, "/page-instable").Outcome);
        Assert.Equal(2, attempts.Count);
        // The configured backoff is 50 ms: only Retry-After explains waiting a second.
        Assert.True(attempts.Last() - attempts.First() >= TimeSpan.FromMilliseconds(900), "the retry should wait for Retry-After");
    }

    [Fact]
    public async Task X_robots_tag_noindex_header_keeps_a_page_out()
    {
        await using var harness = await CrawlHarness.StartAsync();
        harness.Server.Route("/page-privee", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers["X-Robots-Tag"] = "noindex";
            await context.Response.WriteAsync("<html><body><main><p>Réservé aux bénévoles.</p></main></body></html>");
        });

        var report = await harness.CrawlAsync("/page-privee");

        var crawlEvent = EventFor(report, "/page-privee");
        Assert.Equal(SkipKind.NoIndex, crawlEvent.Reason?.Kind);
        Assert.Contains("X-Robots-Tag", crawlEvent.Reason!.Text);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task Unreachable_robots_txt_means_nothing_is_crawled(int status)
    {
        await using var harness = await CrawlHarness.StartAsync();
        harness.Server.Route("/robots.txt", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        var report = await harness.CrawlAsync();

        Assert.Empty(report.Crawl.Upserts);
        Assert.Equal(SkipKind.RobotsTxt, EventFor(report, "/").Reason?.Kind);
        Assert.StartsWith($"robots.txt inaccessible (HTTP {status})", EventFor(report, "/").Reason?.Text);
        Assert.Equal(0, harness.Server.RequestsTo("/contact"));
    }

    [Fact]
    public async Task Missing_robots_txt_allows_everything_but_the_deny_list_still_applies()
    {
        await using var harness = await CrawlHarness.StartAsync();
        File.Delete(harness.SiteFile("robots.txt"));

        var report = await harness.CrawlAsync();

        Assert.Equal(SkipKind.DenyList, EventFor(report, "/forum/temoignages/mon-parcours").Reason?.Kind);
        Assert.Equal(SampleSite.VettedCanonicalUrls.Order(), report.Crawl.Upserts.Select(d => d.Id).Order());
    }

    [Fact]
    public async Task Interrupted_crawl_leaves_index_and_crawl_state_as_they_were()
    {
        await using var harness = await CrawlHarness.StartAsync();
        using var cancellation = new CancellationTokenSource();
        harness.Server.Route("/contact", context =>
        {
            cancellation.Cancel();
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.CrawlAsync(harness.Options(), cancellation.Token));
        Assert.Equal(0, harness.IndexedPages);

        harness.Server.Route("/contact", context => context.Response.SendFileAsync(harness.SiteFile("contact.html")));
        var resumed = await harness.CrawlAsync();
        Assert.Equal(SampleSite.VettedCanonicalUrls.Count, harness.IndexedPages);
        Assert.Equal(0, resumed.Crawl.Summary.Unchanged);
    }

    [Fact]
    public async Task Page_listed_only_in_a_sitemap_named_by_robots_txt_is_found()
    {
        await using var harness = await CrawlHarness.StartAsync();
        File.Copy(harness.SiteFile("contact.html"), harness.SiteFile("permanence.html"));
        var page = harness.SiteFile("permanence.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("https://asso.example.org/contact", "https://asso.example.org/permanence"));
        File.WriteAllText(harness.SiteFile("plan-du-site.xml"),
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://asso.example.org/permanence</loc></url></urlset>");
        File.AppendAllText(harness.SiteFile("robots.txt"), "Sitemap: https://asso.example.org/plan-du-site.xml\n");

        var report = await harness.CrawlAsync();

        Assert.Equal(CrawlOutcome.Indexed, EventFor(report, "/permanence").Outcome);
    }

    [Fact]
    public async Task Depth_limit_stops_following_links()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var options = harness.Options();
        options.MaxDepth = 0;

        var report = await harness.CrawlAsync(options);

        Assert.Equal(SampleSite.Origin + "/", Assert.Single(report.Crawl.Upserts).Id);
        Assert.Equal(SkipKind.DepthLimit, EventFor(report, "/contact").Reason?.Kind);
    }

    [Fact]
    public async Task Not_modified_answer_to_an_unconditional_request_is_not_indexed()
    {
        await using var harness = await CrawlHarness.StartAsync();
        harness.Server.Route("/page-vide", context =>
        {
            context.Response.StatusCode = 304;
            return Task.CompletedTask;
        });

        var report = await harness.CrawlAsync("/page-vide");

        var crawlEvent = EventFor(report, "/page-vide");
        Assert.Equal(CrawlOutcome.Skipped, crawlEvent.Outcome);
        Assert.Equal(SkipKind.HttpStatus, crawlEvent.Reason?.Kind);
    }

    [Fact]
    public async Task Page_limit_stops_fetching()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var options = harness.Options();
        options.MaxPages = 5;

        var report = await harness.CrawlAsync(options);

        Assert.Equal(5, report.Crawl.Summary.Fetched);
        Assert.Contains(report.Crawl.Events, e => e.Reason?.Kind == SkipKind.PageLimit);
    }

    private static RequestDelegate Redirect(string to) => context =>
    {
        context.Response.Redirect(to);
        return Task.CompletedTask;
    };
}
