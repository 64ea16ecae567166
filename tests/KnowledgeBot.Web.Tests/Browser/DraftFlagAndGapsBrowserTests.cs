using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

[Collection(HostCollection.Name)]
public sealed class DraftFlagAndGapsBrowserTests(SharedHost shared, BrowserFixture browser)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task A_CM_flags_a_draft_then_finds_the_question_on_the_gaps_page_and_neither_page_has_an_accessibility_violation()
    {
        var question = "Bonjour, une aide pour payer la cantine de mes enfants pendant mon traitement ? " + Guid.NewGuid().ToString("N")[..6];
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", question);
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 500) errors.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(new Uri(_host.BaseAddress, "/console/login").ToString());
        await page.GetByLabel("Nom d'utilisateur").FillAsync(cm.UserName);
        await page.GetByLabel("Mot de passe").FillAsync(RoleSessions.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(_host.BaseAddress, $"/console/messages/{message}").ToString());
        var draft = page.Locator("#brouillon-1");
        await draft.GetByText("Signaler ce brouillon").ClickAsync();
        await draft.GetByLabel("Le brouillon 1 est").SelectOptionAsync(new SelectOptionValue { Label = "incomplète" });
        await draft.GetByLabel("Un mot pour l'équipe").FillAsync("il manque la CAF");
        await AxeCheck.AssertNoViolationsAsync(page);
        await draft.GetByRole(AriaRole.Button, new() { Name = "Signaler" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Signalement enregistré.");
        await Expect(page.Locator("#brouillon-1 .flags")).ToContainTextAsync($"incomplète — {cm.UserName}");
        await Expect(page.Locator("#brouillon-1 .flags")).ToContainTextAsync("« il manque la CAF »");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Lacunes du contenu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lacunes du contenu", Level = 1 })).ToBeVisibleAsync();
        var group = page.GetByRole(AriaRole.Article).Filter(new() { HasText = question });
        await Expect(group).ToContainTextAsync("brouillon signalé");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-gaps.png"), FullPage = true });
        await AxeCheck.AssertNoViolationsAsync(page);
        Assert.Empty(errors);
    }
}
