using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBot.Web.Tests.Browser;

/// <summary>The whole loop in headless Chromium: patient asks, CM forwards to an expert, expert answers, CM sends, the next similar question finds the validated answer.</summary>
[Collection(HostCollection.Name)]
public sealed class AdviceLoopBrowserTests(SharedHost shared, BrowserFixture browser)
{
    private const string Question = "Bonjour, je suis artisan boulanger en traitement pour un lymphome. Un travailleur indépendant a-t-il droit au mi-temps thérapeutique ?";

    /// <summary>The next person's question: the same situation in other words.</summary>
    private const string Similar = "Bonsoir, pâtissier à mon compte et soigné pour un cancer, je voudrais savoir si un travailleur indépendant peut obtenir un mi-temps thérapeutique.";

    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Patient_asks_CM_forwards_expert_answers_CM_sends_and_the_next_similar_question_finds_the_validated_answer_first()
    {
        var expert = "expert-" + Guid.NewGuid().ToString("N")[..8];
        _host.Get<UserStore>().Add(expert, RoleSessions.Password, ConsoleRole.Expert);
        var errors = new List<string>();

        var patient = await NewPageAsync(errors);
        await patient.GotoAsync(Url("/widget/"));
        await patient.GetByLabel("Votre message").FillAsync(Question);
        await patient.GetByLabel("Votre message").PressAsync("Enter");
        await Expect(patient.Locator(".role-bot .text").Last).ToHaveTextAsync("Merci pour votre message. Un membre de l'équipe va vous répondre.");

        var cm = await SignInAsync(RunningHost.UserName, RunningHost.Password, "Boîte de réception", errors);
        await cm.GetByRole(AriaRole.Link, new() { NameRegex = new("artisan boulanger en traitement") }).First.ClickAsync();
        await cm.GetByLabel("Demander un avis à").SelectOptionAsync(new SelectOptionValue { Label = $"l'expert {expert}" });
        await cm.GetByLabel("Votre question (facultatif)").FillAsync("Les indépendants ont-ils les mêmes conditions que les salariés ?");
        await cm.GetByRole(AriaRole.Button, new() { Name = "Transmettre la question" }).ClickAsync();
        await Expect(cm.GetByRole(AriaRole.Status)).ToContainTextAsync("Demande d'avis enregistrée");
        await Expect(cm.Locator(".advice-requests")).ToContainTextAsync($"Demandé à l'expert {expert}");
        await Expect(cm.Locator(".advice-requests")).ToContainTextAsync("en attente de réponse");
        await AxeCheck.AssertNoViolationsAsync(cm);

        var answer = "Bonjour, oui : depuis 2022, les travailleurs indépendants peuvent reprendre à temps partiel pour motif thérapeutique, "
            + "avec des indemnités journalières de leur caisse, sur prescription du médecin. Votre comité départemental peut vous accompagner dans la démarche.";
        var expertPage = await SignInAsync(expert, RoleSessions.Password, "Validation des réponses", errors);
        var forwarded = expertPage.GetByRole(AriaRole.Article, new() { NameRegex = new("Question transmise par") });
        await Expect(forwarded).ToContainTextAsync("artisan boulanger");
        await Expect(forwarded).ToContainTextAsync("Les indépendants ont-ils les mêmes conditions que les salariés ?");
        await forwarded.GetByRole(AriaRole.Textbox).FillAsync(answer);
        await AxeCheck.AssertNoViolationsAsync(expertPage);
        await expertPage.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-expert-forwarded.png"), FullPage = true });
        await forwarded.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma réponse à l'équipe" }).ClickAsync();
        await Expect(expertPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre réponse est transmise");

        await cm.ReloadAsync();
        await Expect(cm.Locator(".advice-requests")).ToContainTextAsync($"réponse de {expert}");
        await cm.GetByRole(AriaRole.Button, new() { Name = "Utiliser cette réponse" }).ClickAsync();
        await Expect(cm.GetByLabel("Texte envoyé (modifiable)")).ToHaveValueAsync(answer);
        await cm.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "console-message-advice.png"), FullPage = true });
        await cm.GetByRole(AriaRole.Button, new() { Name = "Approuver et envoyer" }).ClickAsync();
        await Expect(cm.GetByRole(AriaRole.Status)).ToHaveTextAsync("Décision enregistrée.");
        await Expect(patient.Locator(".role-team .text")).ToContainTextAsync("travailleurs indépendants peuvent reprendre à temps partiel");

        var widget = new WidgetClient(_host.CreateClient());
        await widget.AskAsync(await widget.OpenAsync(), Similar);
        await cm.GotoAsync(Url("/console"));
        await cm.GetByRole(AriaRole.Link, new() { NameRegex = new("pâtissier à mon compte") }).First.ClickAsync();
        var validated = ApprovedAnswer.IdFor(FirstMessageId());
        Assert.Equal(ApprovedAnswerStatus.Validated, _host.Get<ExpertQueue>().Find(validated)?.Status);
        await Expect(cm.Locator("#brouillon-1 .sources li").First).ToContainTextAsync(validated["answer:".Length..]);
        await Expect(cm.Locator("#draft-0")).ToContainTextAsync("les travailleurs indépendants peuvent reprendre à temps partiel pour motif thérapeutique");
        Assert.Empty(errors);
    }

    private long FirstMessageId()
    {
        using var connection = _host.Get<KnowledgeBotDatabase>().Open();
        return connection.Scalar<long>("SELECT id FROM incoming_messages WHERE body = $b", ("$b", Question));
    }

    private async Task<IPage> SignInAsync(string name, string password, string home, List<string> errors)
    {
        var page = await NewPageAsync(errors);
        await page.GotoAsync(Url("/console/login"));
        await page.GetByLabel("Nom d'utilisateur").FillAsync(name);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = home, Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> NewPageAsync(List<string> errors)
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 500) errors.Add($"{response.Status} {response.Url}"); };
        return page;
    }

    private string Url(string path) => new Uri(_host.BaseAddress, path).ToString();
}
