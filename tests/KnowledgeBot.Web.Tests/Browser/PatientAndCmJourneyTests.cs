using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

/// <summary>The patient's widget and the CM's console in real headless Chromium, against the real host.</summary>
[Collection(HostCollection.Name)]
public sealed class PatientAndCmJourneyTests(SharedHost shared, BrowserFixture browser)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Patient_sees_sources_and_committee_at_once_then_the_reply_the_CM_edited_and_approved()
    {
        var patient = await NewPageAsync();
        await patient.GotoAsync(Url("/widget/"));
        await patient.GetByLabel("Votre message").FillAsync("Bonjour, j'habite à Brest. Existe-t-il une aide à domicile pendant la chimiothérapie ?");
        await patient.GetByLabel("Votre message").PressAsync("Enter");

        await Expect(patient.Locator(".role-bot .card a[href^='https://asso.example.org/aides/']").First).ToBeVisibleAsync();
        await Expect(patient.Locator(".role-bot .card a[href='https://asso.example.org/comites/29']")).ToHaveCountAsync(1);
        await Expect(patient.Locator(".role-bot .text").Last).ToHaveTextAsync("Merci pour votre message. Un membre de l'équipe va vous répondre.");
        await patient.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "widget-after-question.png"), FullPage = true });

        var cm = await SignedInConsoleAsync();
        await cm.GetByRole(AriaRole.Link, new() { NameRegex = new("aide à domicile pendant la chimiothérapie") }).ClickAsync();
        await Expect(cm.Locator(".draft .sources a[href^='https://asso.example.org/']").First).ToBeVisibleAsync();
        await cm.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-message.png"), FullPage = true });
        var editor = cm.GetByLabel("Texte envoyé (modifiable)");
        await editor.FillAsync("");
        await cm.GetByRole(AriaRole.Button, new() { Name = "Utiliser le brouillon 1" }).ClickAsync();
        await Expect(editor).ToHaveValueAsync(await cm.Locator("#draft-0").TextContentAsync() ?? "");
        await Expect(editor).Not.ToBeEmptyAsync();
        await editor.FillAsync((await editor.InputValueAsync()) + "\n\nBien à vous, Claire, de l'équipe d'accueil.");
        await cm.GetByRole(AriaRole.Button, new() { Name = "Approuver et envoyer" }).ClickAsync();
        await Expect(cm.GetByRole(AriaRole.Status)).ToHaveTextAsync("Décision enregistrée.");

        var reply = patient.Locator(".role-team .text");
        await Expect(reply).ToContainTextAsync("Bien à vous, Claire, de l'équipe d'accueil.");
        await patient.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "widget-after-reply.png"), FullPage = true });
    }

    [Fact]
    public async Task Script_typed_in_the_widget_shows_as_text_in_the_widget_and_in_the_console()
    {
        const string payload = "<img src=x onerror=alert(1)><script>alert(2)</script> Mon « œdème » à 5 € ?";
        var dialogs = 0;
        var patient = await NewPageAsync();
        patient.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await patient.GotoAsync(Url("/widget/"));
        await patient.GetByLabel("Votre message").FillAsync(payload);
        await patient.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();

        await Expect(patient.Locator(".role-patient .text").Last).ToHaveTextAsync(payload);
        await Expect(patient.Locator(".messages img")).ToHaveCountAsync(0);

        var cm = await SignedInConsoleAsync();
        cm.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await cm.GetByRole(AriaRole.Link, new() { NameRegex = new("Mon « œdème » à 5 €") }).ClickAsync();
        await Expect(cm.Locator("blockquote.incoming-text")).ToHaveTextAsync(payload);
        await Expect(cm.Locator("main img")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Widget_is_embedded_in_another_site_with_one_script_tag()
    {
        await using var site = await StaticSite.StartAsync($"""
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Site de l'association</title></head>
            <body><h1>Bienvenue</h1><script src="{Url("/widget/embed.js")}" defer></script></body></html>
            """);
        var page = await NewPageAsync();
        await page.GotoAsync(site.Url.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Une question ? Écrivez-nous" }).ClickAsync();
        var widget = page.FrameLocator("iframe[title=\"Posez votre question à l'association\"]");
        await widget.GetByLabel("Votre message").FillAsync("Quelles aides pour le transport vers l'hôpital ?");
        await widget.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();

        await Expect(widget.Locator(".role-bot .text").Last).ToHaveTextAsync("Merci pour votre message. Un membre de l'équipe va vous répondre.");
    }

    [Fact]
    public async Task The_open_inbox_raises_an_alert_when_a_distress_message_arrives_without_a_reload()
    {
        var cm = await SignedInConsoleAsync();
        // Counts the tones the page starts, through the browser's own Web Audio API.
        await cm.EvaluateAsync("""
            () => {
              window.tones = 0;
              const start = OscillatorNode.prototype.start;
              OscillatorNode.prototype.start = function (...args) { window.tones++; return start.apply(this, args); };
            }
            """);
        await cm.GetByLabel("Alerte sonore à l'arrivée d'un message de détresse").CheckAsync();
        var title = await cm.TitleAsync();

        var widget = new WidgetClient(_host.CreateClient());
        await widget.AskAsync(await widget.OpenAsync(), "Je n'en peux plus, je veux en finir, j'ai préparé les cachets.");

        var alert = cm.Locator("#inbox-alert");
        await Expect(alert).ToContainTextAsync("Nouveau message de détresse", new() { Timeout = 30_000 });
        await Expect(alert).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("distress"));
        Assert.StartsWith("(!) ", await cm.TitleAsync());
        Assert.EndsWith(title, await cm.TitleAsync());
        Assert.True(await cm.EvaluateAsync<int>("window.tones") > 0, "no alert tone although the CM turned the sound on");
        await AxeCheck.AssertNoViolationsAsync(cm);
        await cm.GetByRole(AriaRole.Link, new() { Name = "Actualiser la boîte de réception" }).ClickAsync();
        await Expect(cm.Locator("tr.triage-distress-danger").First).ToBeVisibleAsync();
        await Expect(cm.GetByLabel("Alerte sonore à l'arrivée d'un message de détresse")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Every_console_page_has_no_accessibility_violation()
    {
        var login = await NewPageAsync();
        await login.GotoAsync(Url("/console/login"));
        await AxeCheck.AssertNoViolationsAsync(login);
        var widget = new WidgetClient(_host.CreateClient());
        await widget.AskAsync(await widget.OpenAsync(), "Bonjour, j'habite à Lorient, une aide pour la perruque ?");
        var cm = await SignedInConsoleAsync();
        await AxeCheck.AssertNoViolationsAsync(cm);
        await cm.GetByRole(AriaRole.Link, new() { NameRegex = new("une aide pour la perruque") }).First.ClickAsync();
        await AxeCheck.AssertNoViolationsAsync(cm);
        foreach (var path in new[] { "/console/new", "/console/search?q=perruque", "/console/audit", "/console/password", "/console/answers/answer:PA-0155" })
        {
            await cm.GotoAsync(Url(path));
            await AxeCheck.AssertNoViolationsAsync(cm);
        }
    }

    private async Task<IPage> SignedInConsoleAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/console"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/login"));
        await page.GetByLabel("Nom d'utilisateur").FillAsync(RunningHost.UserName);
        await page.GetByLabel("Mot de passe").FillAsync(RunningHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boîte de réception" })).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" });
        return await context.NewPageAsync();
    }

    private string Url(string path) => new Uri(_host.BaseAddress, path).ToString();
}
