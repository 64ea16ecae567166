using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

/// <summary>The expert's decisions on the answers the CM approved: validate, edit then validate, reject as knowledge, supersede.</summary>
[Collection(HostCollection.Name)]
public sealed class ExpertQueueTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task An_expert_validates_an_answer_it_becomes_current_knowledge_and_the_decision_is_audited()
    {
        var (answerId, word) = await ApprovedAnswerAsync();
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        Assert.Contains(AnswerReviewShortId(answerId), WebUtility.HtmlDecode(await expert.Http.GetStringAsync("/console/expert")));

        var response = await expert.PostFormAsync("/console/expert", $"/console/expert/{answerId}/validate", []);

        Assert.Equal($"/console/expert?done=validated&reponse={Uri.EscapeDataString(answerId)}", response.Headers.Location!.ToString());
        var stored = _host.Get<ExpertQueue>().Find(answerId)!;
        Assert.Equal((ApprovedAnswerStatus.Validated, ExpertName(expert)), (stored.Status, stored.ReviewedBy));
        Assert.Equal(DocumentStatus.Current, Hit(word).Status);
        var audit = Audit(answerId);
        Assert.Equal((AuditActions.AnswerValidated, ExpertName(expert)), (audit.Action, audit.UserName));
        Assert.Equal("{\"textEdited\":false,\"maskedItems\":0}", audit.Details);
        Assert.Null(audit.Content);
    }

    [Fact]
    public async Task An_expert_edits_then_validates_an_answer_the_new_text_is_kept_masked_and_the_audit_holds_no_text()
    {
        var (answerId, word) = await ApprovedAnswerAsync();
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        var corrected = $"Bonjour, pour le {word}, appelez Mme Dupont au 06 12 34 56 78 : votre comité vous aide.";

        await expert.PostFormAsync("/console/expert", $"/console/expert/{answerId}/validate", new() { ["text"] = corrected });

        var stored = _host.Get<ExpertQueue>().Find(answerId)!;
        Assert.Equal(ApprovedAnswerStatus.Validated, stored.Status);
        Assert.Contains(word, stored.Answer);
        Assert.DoesNotContain("06 12 34 56 78", stored.Answer);
        Assert.Equal(DocumentStatus.Current, Hit(word).Status);
        var audit = Audit(answerId);
        Assert.Equal(AuditActions.AnswerValidated, audit.Action);
        Assert.Contains("\"textEdited\":true", audit.Details);
        Assert.DoesNotContain(word, audit.Details);
        Assert.Null(audit.Content);
    }

    [Fact]
    public async Task An_answer_rejected_as_knowledge_stays_a_sent_reply_but_is_no_past_answer()
    {
        var (answerId, word) = await ApprovedAnswerAsync();
        var messageId = _host.Get<ExpertQueue>().Find(answerId)!.MessageId;
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);

        var response = await expert.PostFormAsync("/console/expert", $"/console/expert/{answerId}/reject", []);

        Assert.Equal($"/console/expert?done=rejected&reponse={Uri.EscapeDataString(answerId)}", response.Headers.Location!.ToString());
        Assert.Equal(ApprovedAnswerStatus.Rejected, _host.Get<ExpertQueue>().Find(answerId)!.Status);
        Assert.Equal(MessageStatus.Sent, _host.Get<ReviewQueue>().Find(messageId)!.Status);
        Assert.DoesNotContain(_host.Get<IKnowledgeSearch>().Search(new SearchRequest(word, 5)), h => h.Id == answerId);
        Assert.DoesNotContain(answerId, await AnswerIdsOfTheSourceAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await expert.Http.GetAsync($"/console/answers/{answerId}")).StatusCode);
        Assert.Equal((AuditActions.AnswerRejected, ExpertName(expert)), (Audit(answerId).Action, Audit(answerId).UserName));
    }

    [Fact]
    public async Task An_expert_supersedes_a_validated_answer_from_its_page_and_searches_find_the_successor()
    {
        var (answerId, word) = await ApprovedAnswerAsync();
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        await expert.PostFormAsync("/console/expert", $"/console/expert/{answerId}/validate", []);
        Assert.Contains("Remplacer par un nouveau texte", WebUtility.HtmlDecode(await expert.Http.GetStringAsync($"/console/answers/{answerId}")));

        var response = await expert.PostFormAsync($"/console/answers/{answerId}", $"/console/expert/{answerId}/supersede",
            new() { ["text"] = $"Nouveau texte : le {word} est désormais pris en charge par votre comité." });

        var successor = ApprovedAnswer.IdFor(_host.Get<ExpertQueue>().Find(answerId)!.MessageId, 2);
        Assert.Equal($"/console/answers/{Uri.EscapeDataString(successor)}?done=superseded", response.Headers.Location!.ToString());
        var old = _host.Get<ExpertQueue>().Find(answerId)!;
        Assert.Equal((ApprovedAnswerStatus.Superseded, successor), (old.Status, old.SupersededBy));
        Assert.Equal((ApprovedAnswerStatus.Validated, ExpertName(expert)), (_host.Get<ExpertQueue>().Find(successor)!.Status, _host.Get<ExpertQueue>().Find(successor)!.ApprovedBy));
        var hit = Hit(word);
        Assert.Equal((successor, DocumentStatus.Current), (hit.Id, hit.Status));
        var audit = Audit(answerId);
        Assert.Equal(AuditActions.AnswerSuperseded, audit.Action);
        Assert.Equal($"{{\"successor\":\"{successor}\",\"maskedItems\":0}}", audit.Details);
        Assert.Contains("remplacée par", WebUtility.HtmlDecode(await expert.Http.GetStringAsync($"/console/answers/{answerId}")));
    }

    [Fact]
    public async Task Of_two_experts_validating_the_same_answer_one_wins_and_the_other_is_told_who()
    {
        var (answerId, _) = await ApprovedAnswerAsync();
        var first = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);
        var second = await RoleSessions.NewAsync(_host, ConsoleRole.Expert);

        await first.PostFormAsync("/console/expert", $"/console/expert/{answerId}/validate", []);
        var late = await second.PostFormAsync("/console/expert", $"/console/expert/{answerId}/validate", new() { ["text"] = "Un autre texte, qui ne doit pas passer." });

        Assert.Equal($"/console/expert?error=decided&reponse={Uri.EscapeDataString(answerId)}", late.Headers.Location!.ToString());
        var told = WebUtility.HtmlDecode(await second.Http.GetStringAsync(late.Headers.Location.ToString()));
        Assert.Contains($"Cette réponse a déjà été validée par {ExpertName(first)} le ", told);
        Assert.Contains("rien n'a été appliqué une seconde fois", told);
        var stored = _host.Get<ExpertQueue>().Find(answerId)!;
        Assert.Equal(ExpertName(first), stored.ReviewedBy);
        Assert.DoesNotContain("Un autre texte", stored.Answer);
        Assert.Single(_host.Get<AuditLog>().Page(true, null, 1, 500).Entries, e => e.Target == answerId);
    }

    [Fact]
    public async Task Experts_deciding_on_the_same_answer_at_once_are_applied_once()
    {
        var (answerId, _) = await ApprovedAnswerAsync();
        var store = _host.Get<ReviewStore>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            i % 2 == 0 ? store.Validate(answerId, $"expert-{i}", null, 0) : store.RejectAnswer(answerId, $"expert-{i}"))));

        Assert.Single(outcomes, o => o.Kind == ReviewOutcomeKind.Done);
        Assert.All(outcomes.Where(o => o.Kind != ReviewOutcomeKind.Done), o => Assert.Equal(ReviewOutcomeKind.AlreadyDecided, o.Kind));
        Assert.Single(_host.Get<AuditLog>().Page(true, null, 1, 500).Entries, e => e.Target == answerId);
    }

    [Fact]
    public async Task Similar_approved_answers_are_suggested_together_and_merged_into_one_validated_answer_that_searches_find()
    {
        var word = "zygomore" + Guid.NewGuid().ToString("N")[..6];
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var first = await SeededMessages.PasteAsync(cm, "Email", $"Bonjour, le {word} est-il remboursé par la mutuelle ?");
        await SeededMessages.ApproveAsync(cm, first, $"Bonjour, le {word} n'est pas remboursé par la Sécurité sociale.");
        var second = await SeededMessages.PasteAsync(cm, "Facebook", $"La mutuelle rembourse le {word} ?");
        await SeededMessages.ApproveAsync(cm, second, $"Le {word} peut être remboursé par certaines mutuelles.");
        var (older, newer) = (ApprovedAnswer.IdFor(first), ApprovedAnswer.IdFor(second));
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        var page = WebUtility.HtmlDecode(await expert.Http.GetStringAsync("/console/expert"));
        var suggestions = page[page.IndexOf("Suggestions : réponses semblables à réunir", StringComparison.Ordinal)..page.IndexOf("Réponses approuvées à valider", StringComparison.Ordinal)];
        Assert.Contains(AnswerReviewShortId(older), suggestions);
        Assert.Contains(AnswerReviewShortId(newer), suggestions);

        var merged = $"Le {word} n'est pas remboursé par la Sécurité sociale, mais certaines mutuelles le prennent en charge.";
        var response = await expert.PostFormAsync("/console/expert", "/console/expert/merge", new() { ["ids"] = older, ["keep"] = newer, ["text"] = merged });

        Assert.Equal($"/console/expert?done=merged&reponse={Uri.EscapeDataString(newer)}", response.Headers.Location!.ToString());
        var kept = _host.Get<ExpertQueue>().Find(newer)!;
        Assert.Equal((ApprovedAnswerStatus.Validated, merged, ExpertName(expert)), (kept.Status, kept.Answer, kept.ReviewedBy));
        var gone = _host.Get<ExpertQueue>().Find(older)!;
        Assert.Equal((ApprovedAnswerStatus.Superseded, newer), (gone.Status, gone.SupersededBy));
        var hits = _host.Get<IKnowledgeSearch>().Search(new SearchRequest(word, 5));
        Assert.Equal((newer, DocumentStatus.Current), (hits[0].Id, hits[0].Status));
        Assert.DoesNotContain(hits, h => h.Id == older && h.Status != DocumentStatus.Superseded);
        Assert.Equal((AuditActions.AnswersMerged, ExpertName(expert)), (Audit(newer).Action, Audit(newer).UserName));
    }

    [Fact]
    public async Task A_merge_with_an_answer_decided_meanwhile_applies_nothing()
    {
        var (validated, _) = await ApprovedAnswerAsync();
        var (pending, _) = await ApprovedAnswerAsync();
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        await expert.PostFormAsync("/console/expert", $"/console/expert/{validated}/validate", []);

        var response = await expert.PostFormAsync("/console/expert", "/console/expert/merge", new() { ["ids"] = validated, ["keep"] = pending, ["text"] = "Texte réuni." });

        Assert.Equal($"/console/expert?error={ReviewOutcome.Decided}&reponse={Uri.EscapeDataString(pending)}", response.Headers.Location!.ToString());
        Assert.Equal(ApprovedAnswerStatus.PendingValidation, _host.Get<ExpertQueue>().Find(pending)!.Status);
        Assert.Null(_host.Get<ExpertQueue>().Find(validated)!.SupersededBy);
    }

    /// <summary>A message pasted and approved by a CM, with a made-up word that only its answer contains.</summary>
    private async Task<(string AnswerId, string Word)> ApprovedAnswerAsync()
    {
        var word = "zygomore" + Guid.NewGuid().ToString("N")[..6];
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var id = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, la mutuelle rembourse-t-elle les séances après un cancer ?");
        await SeededMessages.ApproveAsync(cm, id, $"Bonjour, les séances de {word} ne sont pas remboursées ; votre comité peut vous orienter.");
        return (ApprovedAnswer.IdFor(id), word);
    }

    private SearchHit Hit(string word) => _host.Get<IKnowledgeSearch>().Search(new SearchRequest(word, 5)).First();

    private AuditEntry Audit(string answerId) => _host.Get<AuditLog>().Page(true, null, 1, 500).Entries.First(e => e.Target == answerId);

    private async Task<List<string>> AnswerIdsOfTheSourceAsync()
    {
        var ids = new List<string>();
        await foreach (var document in new ApprovedAnswersSource(_host.Get<Core.Persistence.KnowledgeBotDatabase>()).ReadAsync())
            ids.Add(document.Id);
        return ids;
    }

    private static string AnswerReviewShortId(string answerId) => answerId["answer:".Length..];

    private static string ExpertName(ConsoleSession session) => session.UserName;
}
