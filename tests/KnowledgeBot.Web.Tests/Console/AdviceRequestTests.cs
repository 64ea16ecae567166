using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

/// <summary>The CM asks an expert or the committee before answering; the answer comes back to her message page.</summary>
[Collection(HostCollection.Name)]
public sealed class AdviceRequestTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task An_expert_answers_a_forwarded_question_and_the_reply_sent_unchanged_is_knowledge_validated_by_them()
    {
        var word = Word();
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var expert = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);
        var message = await SeededMessages.PasteAsync(cm, "Email", $"Bonjour, mon employeur peut-il refuser le {word} après ma chimiothérapie ?");

        var asked = await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/ask",
            new() { ["to"] = AdviceService.ExpertChoicePrefix + expert.UserName, ["note"] = "Le délai de prévenance s'applique-t-il ?", ["draft"] = "Brouillon de la CM." });

        Assert.Equal($"/console/messages/{message}?avis=demande#avis", asked.Headers.Location!.ToString());
        var queue = WebUtility.HtmlDecode(await expert.Http.GetStringAsync("/console/expert"));
        Assert.Contains($"refuser le {word}", queue);
        Assert.Contains("Le délai de prévenance s'applique-t-il ?", queue);
        Assert.Contains("Brouillon de la CM.", queue);
        var request = Assert.Single(_host.Get<ReviewQueue>().AdviceRequests(message));
        Assert.Equal(AdviceRequestStatus.Pending, request.Status);
        Assert.Contains("en attente de réponse", WebUtility.HtmlDecode(await cm.Http.GetStringAsync($"/console/messages/{message}")));

        var answer = $"Bonjour, non : le {word} est un droit après un arrêt pour maladie, votre employeur ne peut que le reporter d'un mois.";
        var answered = await expert.PostFormAsync("/console/expert", $"/console/expert/requests/{request.Id}/answer", new() { ["answer"] = answer });
        Assert.Equal("/console/expert?done=advice", answered.Headers.Location!.ToString());
        Assert.DoesNotContain($"refuser le {word}", WebUtility.HtmlDecode(await expert.Http.GetStringAsync("/console/expert")));
        var page = WebUtility.HtmlDecode(await cm.Http.GetStringAsync($"/console/messages/{message}"));
        Assert.Contains(answer, page);
        Assert.Contains("Utiliser cette réponse", page);

        await SeededMessages.ApproveAsync(cm, message, answer);

        var stored = _host.Get<ExpertQueue>().Find(ApprovedAnswer.IdFor(message))!;
        Assert.Equal((ApprovedAnswerStatus.Validated, expert.UserName), (stored.Status, stored.ReviewedBy));
        var hit = _host.Get<IKnowledgeSearch>().Search(new SearchRequest(word, 5)).First();
        Assert.Equal((ApprovedAnswer.IdFor(message), DocumentStatus.Current), (hit.Id, hit.Status));
        var audit = _host.Get<AuditLog>().Page(true, null, 1, 500).Entries.Where(e => e.Target == $"message:{message}").Select(e => (e.Action, e.UserName)).ToList();
        Assert.Contains((AuditActions.AdviceRequested, cm.UserName), audit);
        Assert.Contains((AuditActions.AdviceAnswered, expert.UserName), audit);
    }

    [Fact]
    public async Task A_reply_the_CM_changed_after_the_expert_answered_waits_for_validation_as_any_other()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var expert = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);
        var message = await SeededMessages.PasteAsync(cm, "Email", $"Bonjour, une question sur le {Word()} ?");
        var request = await AskAsync(cm, message, AdviceService.ExpertChoicePrefix + expert.UserName);
        await expert.PostFormAsync("/console/expert", $"/console/expert/requests/{request}/answer", new() { ["answer"] = "La réponse de l'expert." });

        await SeededMessages.ApproveAsync(cm, message, "La réponse de l'expert, que la CM a complétée.");

        Assert.Equal(ApprovedAnswerStatus.PendingValidation, _host.Get<ExpertQueue>().Find(ApprovedAnswer.IdFor(message))!.Status);
    }

    [Fact]
    public async Task Only_the_expert_asked_may_answer_and_only_once()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var asked = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);
        var other = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);
        var message = await SeededMessages.PasteAsync(cm, "Email", $"Bonjour, une question sur le {Word()} ?");
        var request = await AskAsync(cm, message, AdviceService.ExpertChoicePrefix + asked.UserName);

        var byOther = await other.PostFormAsync("/console/expert", $"/console/expert/requests/{request}/answer", new() { ["answer"] = "Pas la mienne." });
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.DoesNotContain("une question sur le", WebUtility.HtmlDecode(await other.Http.GetStringAsync("/console/expert")));

        await asked.PostFormAsync("/console/expert", $"/console/expert/requests/{request}/answer", new() { ["answer"] = "Première réponse." });
        var again = await asked.PostFormAsync("/console/expert", $"/console/expert/requests/{request}/answer", new() { ["answer"] = "Seconde réponse." });

        Assert.Equal($"/console/expert?error={ReviewOutcome.Decided}", again.Headers.Location!.ToString());
        var stored = Assert.Single(_host.Get<ReviewQueue>().AdviceRequests(message));
        Assert.Equal(("Première réponse.", asked.UserName), (stored.Answer, stored.AnsweredBy));
    }

    [Theory]
    [InlineData("expert:personne-de-ce-nom")]
    [InlineData("comite")]
    [InlineData("")]
    public async Task A_request_to_no_expert_or_to_the_committee_of_a_message_without_one_is_refused_and_nothing_is_stored(string to)
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour la perruque ?");

        var response = await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/ask", new() { ["to"] = to });

        Assert.Equal($"/console/messages/{message}?error={ReviewOutcome.UnknownRecipient}", response.Headers.Location!.ToString());
        Assert.Empty(_host.Get<ReviewQueue>().AdviceRequests(message));
        Assert.Contains("Destinataire inconnu", WebUtility.HtmlDecode(await cm.Http.GetStringAsync(response.Headers.Location!.ToString())));
    }

    [Fact]
    public async Task A_CM_account_is_no_expert_to_forward_to()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var colleague = await RoleSessions.NewAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour la perruque ?");

        await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/ask", new() { ["to"] = AdviceService.ExpertChoicePrefix + colleague.UserName });

        Assert.Empty(_host.Get<ReviewQueue>().AdviceRequests(message));
    }

    [Fact]
    public async Task The_CM_records_the_committees_reply_and_the_inbox_shows_where_the_advice_stands()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", $"Bonjour, j'habite à Quimper, une permanence pour le {Word()} ?");
        Assert.Equal("29", _host.Get<ReviewQueue>().Find(message)!.Committee?.Code);
        var request = await AskAsync(cm, message, AdviceService.CommitteeChoice);
        Assert.Contains(Row(message), await InboxAsync(cm, "AdviceAsked"));
        Assert.DoesNotContain(Row(message), await InboxAsync(cm, "AdviceReceived"));

        var recorded = await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/advice/{request}/answer",
            new() { ["answer"] = "Le comité tient une permanence le mardi à Quimper." });

        Assert.Equal($"/console/messages/{message}?avis=recu#avis", recorded.Headers.Location!.ToString());
        var stored = Assert.Single(_host.Get<ReviewQueue>().AdviceRequests(message));
        Assert.Equal((AdviceRecipientKind.Committee, "29", AdviceRequestStatus.Answered, cm.UserName), (stored.RecipientKind, stored.Recipient, stored.Status, stored.AnsweredBy));
        Assert.Contains(Row(message), await InboxAsync(cm, "AdviceReceived"));
        Assert.DoesNotContain(Row(message), await InboxAsync(cm, "AdviceAsked"));
        Assert.DoesNotContain(Row(message), await InboxAsync(cm, "Untouched"));
    }

    [Fact]
    public async Task A_decided_message_takes_no_new_request()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour la perruque ?");
        await SeededMessages.ApproveAsync(cm, message, "Bonjour, votre comité peut vous aider.");

        var response = await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/ask", new() { ["to"] = AdviceService.ExpertChoicePrefix + expert.UserName });

        Assert.Equal($"/console/messages/{message}?error={ReviewOutcome.Decided}", response.Headers.Location!.ToString());
        Assert.Empty(_host.Get<ReviewQueue>().AdviceRequests(message));
    }

    private async Task<long> AskAsync(ConsoleSession cm, long message, string to)
    {
        await cm.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/ask", new() { ["to"] = to });
        return Assert.Single(_host.Get<ReviewQueue>().AdviceRequests(message)).Id;
    }

    private static async Task<string> InboxAsync(ConsoleSession cm, string state) => await cm.Http.GetStringAsync($"/console?etat={state}");

    private static string Row(long message) => $"href=\"/console/messages/{message}\"";

    /// <summary>A word no other test writes, so that searches and pages find this test's message alone.</summary>
    private static string Word() => "congé" + Guid.NewGuid().ToString("N")[..6];
}
