using Deque.AxeCore.Playwright;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

/// <summary>The widget as patients meet it: in a frame of the association's site (another origin), small, on a phone.</summary>
[Collection(HostCollection.Name)]
public sealed class EmbeddedWidgetTests(SharedHost shared, BrowserFixture browser)
{
    private const string Frame = "iframe[title=\"Posez votre question à l'association\"]";
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Embedded_on_another_origin_with_its_storage_blocked_the_widget_sends_by_post_and_keeps_the_box_in_view()
    {
        await using var site = await EmbeddingSiteAsync();
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR", ViewportSize = new() { Width = 420, Height = 700 } });
        // What Safari and Firefox's strict mode do to a third-party frame: its storage throws.
        await context.AddInitScriptAsync($$"""
            if (location.origin === '{{_host.BaseAddress.GetLeftPart(UriPartial.Authority)}}') {
              Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
            }
            """);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);
        await page.GotoAsync(site.Url.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Une question ? Écrivez-nous" }).ClickAsync();
        var widget = page.FrameLocator(Frame);
        for (var i = 1; i <= 3; i++)
        {
            await widget.GetByLabel("Votre message").FillAsync($"Quelles aides pour le transport vers l'hôpital ? Question {i}.");
            await widget.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
            await Expect(widget.Locator(".role-patient .text")).ToHaveCountAsync(i);
        }

        await Expect(widget.Locator(".role-bot .text").Last).ToHaveTextAsync("Merci pour votre message. Un membre de l'équipe va vous répondre.");
        Assert.Empty(errors);
        Assert.DoesNotContain(requests, r => r.Url.Contains("question=", StringComparison.Ordinal));
        Assert.Single(requests, r => r.Method == "POST" && r.Url.EndsWith("/widget/api/conversations", StringComparison.Ordinal));
        await Expect(widget.GetByRole(AriaRole.Button, new() { Name = "Envoyer" })).ToBeInViewportAsync();
        await Expect(widget.GetByLabel("Votre message")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "widget-embedded-storage-blocked.png") });
    }

    [Fact]
    public async Task Helplines_shown_to_a_person_in_distress_can_be_called_with_one_tap_and_links_opened()
    {
        var page = await (await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" })).NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/widget/").ToString());

        await page.GetByLabel("Votre message").FillAsync("Je n'en peux plus, j'ai mis de côté assez de cachets pour en finir ce soir.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();

        await Expect(page.Locator(".role-bot .text a[href='tel:3114']")).ToHaveTextAsync("3114");
        await Expect(page.Locator(".role-bot .text a[href='tel:0800940939']")).ToHaveTextAsync("0 800 940 939");
        await Expect(page.Locator(".role-bot .text a[href='tel:15']")).ToHaveTextAsync("15");
    }

    [Fact]
    public async Task The_widget_with_a_conversation_and_the_embedding_page_have_no_accessibility_violation()
    {
        await using var site = await EmbeddingSiteAsync();
        var page = await (await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" })).NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/widget/").ToString());
        await page.GetByLabel("Votre message").FillAsync("Bonjour, existe-t-il une aide pour une perruque ? J'habite à Brest.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.Locator(".role-bot .card").First).ToBeVisibleAsync();

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    private async Task<StaticSite> EmbeddingSiteAsync() => await StaticSite.StartAsync($"""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Site de l'association</title></head>
        <body><main><h1>Bienvenue</h1></main><script src="{new Uri(_host.BaseAddress, "/widget/embed.js")}" defer></script></body></html>
        """);
}
