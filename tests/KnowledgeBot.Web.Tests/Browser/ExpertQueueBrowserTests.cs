using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

[Collection(HostCollection.Name)]
public sealed class ExpertQueueBrowserTests(SharedHost shared, BrowserFixture browser)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task An_expert_signs_in_to_the_validation_queue_validates_an_answer_and_the_page_has_no_accessibility_violation()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, existe-t-il une aide pour la perruque ?");
        await SeededMessages.ApproveAsync(cm, message, "Bonjour, oui : votre comité départemental peut vous aider pour la perruque.");
        var answerId = ApprovedAnswer.IdFor(message);
        var expert = "expert-" + Guid.NewGuid().ToString("N")[..8];
        _host.Get<UserStore>().Add(expert, RoleSessions.Password, ConsoleRole.Expert);
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 500) errors.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync(new Uri(_host.BaseAddress, "/console/login").ToString());
        await page.GetByLabel("Nom d'utilisateur").FillAsync(expert);
        await page.GetByLabel("Mot de passe").FillAsync(RoleSessions.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Validation des réponses", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Boîte de réception" })).ToHaveCountAsync(0);
        var card = page.GetByRole(AriaRole.Article, new() { Name = $"Réponse {answerId["answer:".Length..]}" });
        await Expect(card).ToContainTextAsync("existe-t-il une aide pour la perruque ?");
        await Expect(card).ToContainTextAsync($"Approuvée par {cm.UserName} le ");
        await AxeCheck.AssertNoViolationsAsync(page);
        await card.GetByRole(AriaRole.Button, new() { Name = "Valider", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("est validée");
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = $"Réponse {answerId["answer:".Length..]}" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-expert-queue.png"), FullPage = true });
        await AxeCheck.AssertNoViolationsAsync(page);
        Assert.Equal(ApprovedAnswerStatus.Validated, _host.Get<ExpertQueue>().Find(answerId)!.Status);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_expert_merges_a_suggestion_of_similar_answers_from_the_page()
    {
        var word = "quokkine" + Guid.NewGuid().ToString("N")[..6];
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        foreach (var (question, reply) in new[] { ($"Le {word} est-il remboursé ?", $"Le {word} n'est pas remboursé."), ($"Remboursement du {word} ?", $"Certaines mutuelles remboursent le {word}.") })
            await SeededMessages.ApproveAsync(cm, await SeededMessages.PasteAsync(cm, "Email", question), reply);
        var expert = "expert-" + Guid.NewGuid().ToString("N")[..8];
        _host.Get<UserStore>().Add(expert, RoleSessions.Password, ConsoleRole.Expert);
        var page = await (await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" })).NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/console/login").ToString());
        await page.GetByLabel("Nom d'utilisateur").FillAsync(expert);
        await page.GetByLabel("Mot de passe").FillAsync(RoleSessions.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        var suggestion = page.GetByRole(AriaRole.Article).Filter(new() { HasText = $"Le {word} est-il remboursé ?" }).Filter(new() { HasText = "réponses semblables" });
        await Expect(suggestion).ToContainTextAsync($"Remboursement du {word} ?");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-expert-suggestions.png"), FullPage = true });
        await suggestion.GetByRole(AriaRole.Textbox).FillAsync($"Le {word} n'est pas remboursé par la Sécurité sociale ; certaines mutuelles le prennent en charge.");
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Réunir et valider" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ne font plus qu'une réponse validée");
        await Expect(page.GetByRole(AriaRole.Article).Filter(new() { HasText = $"Le {word} est-il remboursé ?" })).ToHaveCountAsync(0);
    }
}
