using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

[Collection(HostCollection.Name)]
public sealed class DashboardBrowserTests(SharedHost shared, BrowserFixture browser)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task The_dashboard_opens_from_the_navigation_without_an_error_and_has_no_accessibility_violation()
    {
        var widget = new WidgetClient(_host.CreateClient());
        await widget.AskAsync(await widget.OpenAsync(), "Bonjour, j'habite à Lorient, une aide pour la perruque ?");
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        // Script errors, and server errors; a refused period is a 400 by design and the host has no favicon.
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) errors.Add(message.Text); };
        page.Response += (_, response) => { if (response.Status >= 500) errors.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(new Uri(_host.BaseAddress, "/console/login").ToString());
        await page.GetByLabel("Nom d'utilisateur").FillAsync(RunningHost.UserName);
        await page.GetByLabel("Mot de passe").FillAsync(RunningHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Messages reçus par jour du") })).ToBeVisibleAsync();
        await Expect(page.Locator("svg.daily-chart rect.bar")).ToHaveCountAsync(30);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Messages par canal" })
            .GetByRole(AriaRole.Row, new() { NameRegex = new(@"^Site \(widget\) [1-9]") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exporter les messages de la période (CSV)" })).ToHaveAttributeAsync("href", "/console/export.csv?periode=30");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-dashboard.png"), FullPage = true });
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByLabel("Période").SelectOptionAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(page.Locator("svg.daily-chart rect.bar")).ToHaveCountAsync(7);
        await page.GetByLabel("ou du (premier jour)").FillAsync("2021-03-10");
        await page.GetByLabel("au (dernier jour)").FillAsync("2021-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("La date de début (10/03/2021) est après la date de fin (01/03/2021).");
        await AxeCheck.AssertNoViolationsAsync(page);
        Assert.Empty(errors);
    }
}
