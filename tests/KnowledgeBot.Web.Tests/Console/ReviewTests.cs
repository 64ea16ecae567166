using System.Net;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

[Collection(HostCollection.Name)]
public sealed class ReviewTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Pasted_message_gets_drafts_with_sources_in_the_queue()
    {
        var session = await ConsoleSession.SignInAsync(_host);

        var response = await session.PostFormAsync("/console/new", "/console/messages", new()
        {
            ["channel"] = "Forum",
            ["text"] = "Bonjour, ma mère a un cancer du sein, existe-t-il une aide pour payer une aide ménagère ?",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
        var item = _host.Get<ReviewQueue>().Find(id)!;
        Assert.Null(item.ConversationKey);
        Assert.Equal(Core.Drafting.Channel.Forum, item.Channel);
        var drafts = _host.Get<ReviewQueue>().Drafts(id);
        Assert.NotEmpty(drafts);
        Assert.NotEmpty(drafts[0].Sources);
        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{id}"));
        Assert.Contains("Brouillon 1", page);
        Assert.Contains(drafts[0].Sources[0].Title, page);
    }

    [Fact]
    public async Task Approved_reply_becomes_a_past_answer_pending_validation_found_by_search_and_audited()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var created = await session.PostFormAsync("/console/new", "/console/messages", new()
        {
            ["channel"] = "Email",
            ["text"] = "Bonjour, la mutuelle rembourse-t-elle le kinésiologue zébulon après un cancer ?",
        });
        var id = long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);

        var approved = await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/approve", new()
        {
            ["text"] = "Bonjour, le kinésiologue zébulon n'est pas remboursé par la mutuelle ; votre comité peut vous orienter.",
        });

        Assert.Equal($"/console/messages/{id}?done=true", approved.Headers.Location!.ToString());
        Assert.Equal(MessageStatus.Sent, _host.Get<ReviewQueue>().Find(id)!.Status);
        var hit = _host.Get<IKnowledgeSearch>().Search(new SearchRequest("kinésiologue zébulon", 5)).First();
        Assert.Equal($"answer:CM-{id:D6}", hit.Id);
        Assert.Equal(DocumentStatus.PendingValidation, hit.Status);
        var audit = _host.Get<AuditLog>().Page(null, null, 1, 50).Entries.First(e => e.Target == $"message:{id}" && e.Action == "message.approved");
        Assert.Equal(RunningHost.UserName, audit.UserName);
        Assert.Contains("\"edited\":true", audit.Details);
    }

    [Fact]
    public async Task Message_page_shows_the_earlier_messages_of_the_same_conversation()
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();
        await widget.AskAsync(conversation, "Bonjour, j'habite à Quimper, je suis soignée à l'hôpital de Brest.");
        await widget.AskAsync(conversation, "Est-ce que le taxi est remboursé ?");
        var later = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}" && i.Body!.Contains("taxi"));
        var session = await ConsoleSession.SignInAsync(_host);

        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{later.Id}"));

        Assert.Contains("Autres messages de cette conversation", page);
        Assert.Contains("Bonjour, j'habite à Quimper, je suis soignée à l'hôpital de Brest.", page);
    }

    [Fact]
    public async Task Message_page_shows_the_closest_material_when_the_drafts_are_unsure_and_only_then()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var unsure = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, marin pêcheur, puis-je faire reconnaître mon lymphœdème du bras en maladie professionnelle auprès de l'ENIM ?");
        var sure = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, existe-t-il une aide pour payer une perruque pendant la chimiothérapie ?");
        Assert.True(_host.Get<ReviewQueue>().Find(unsure)!.IsLowConfidence);
        Assert.False(_host.Get<ReviewQueue>().Find(sure)!.IsLowConfidence);

        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{unsure}"));
        var closest = page[page.IndexOf("Contenus les plus proches", StringComparison.Ordinal)..];
        var first = _host.Get<IKnowledgeSearch>().Search(new SearchRequest(_host.Get<ReviewQueue>().Find(unsure)!.Body!, 5))[0];
        Assert.Contains(first.Url ?? $"/console/answers/{first.Id}", closest);
        Assert.Contains("<mark>", closest);

        Assert.DoesNotContain("Contenus les plus proches", WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{sure}")));
    }

    [Fact]
    public async Task Message_page_shows_what_the_person_was_shown_at_once()
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();
        await widget.AskAsync(conversation, "J'ai mis de côté assez de cachets, ce sera pour ce soir.");
        var item = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}");
        var shown = (await widget.TranscriptAsync(conversation)).Where(e => e.Role == "bot").ToList();
        var session = await ConsoleSession.SignInAsync(_host);

        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{item.Id}"));

        Assert.Contains("Ce que la personne a déjà vu", page);
        Assert.Contains("3114", shown[0].Text);
        Assert.Contains(shown[0].Text!.Split('\n')[0], page);

        var practical = await widget.OpenAsync();
        await widget.AskAsync(practical, "Bonjour, j'habite à Brest et je voudrais savoir si une aide existe pour payer ma perruque.");
        var wig = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{practical}");
        var wigPage = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{wig.Id}"));
        var wigShown = wigPage[wigPage.IndexOf("Ce que la personne a déjà vu", StringComparison.Ordinal)..wigPage.IndexOf("id=\"drafts-title\"", StringComparison.Ordinal)];
        Assert.True(wigShown.Contains("Finistère", StringComparison.Ordinal), wigShown);
        Assert.DoesNotContain("(texte supprimé", wigPage);
    }

    [Fact]
    public async Task A_past_answer_cited_by_a_draft_opens_in_full_with_its_id_date_and_status()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        string[] questions =
        [
            "je veux arreter la clope, les patchs c'est rembourse ?",
            "j'ai égaré le reçu fiscal de mes dons, comment avoir une copie ?",
            "perruque en vrais cheveux, la secu en paye combien ?",
            "Bonjour, mon employeur peut-il me licencier pendant mon arrêt maladie ?",
        ];
        string? link = null;
        foreach (var question in questions)
        {
            var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Facebook", ["text"] = question });
            var page = await session.Http.GetStringAsync(created.Headers.Location!.ToString());
            var match = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/console/answers/answer:[^\"]+)\"");
            if (match.Success)
            {
                link = match.Groups[1].Value;
                break;
            }
        }
        Assert.NotNull(link);

        var answer = WebUtility.HtmlDecode(await session.Http.GetStringAsync(link));

        Assert.Contains($"Réponse passée {link.Split("answer:")[1]}", answer);
        Assert.Contains("<h2 id=\"question\">Question</h2>", answer);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Http.GetAsync("/console/answers/answer:PA-9999")).StatusCode);
    }

    [Fact]
    public async Task The_inbox_filters_by_channel_triage_committee_and_assignment()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var marker = Guid.NewGuid().ToString("N")[..6];
        await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Forum", ["text"] = $"Bonjour, j'habite à Quimper, comment devenir bénévole ? ({marker}-forum)" });
        var email = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = $"Bonjour, où envoyer mon don ? ({marker}-email)" });
        var emailId = long.Parse(email.Headers.Location!.ToString().Split('/')[^1]);
        await session.PostFormAsync($"/console/messages/{emailId}", $"/console/messages/{emailId}/assign", new() { ["assignee"] = RunningHost.UserName });

        var forum = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console?canal=Forum"));
        var normal = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console?tri=Distress"));
        var mine = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console?moi=true"));
        var finistere = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console?comite=29"));

        Assert.Contains($"{marker}-forum", forum);
        Assert.DoesNotContain($"{marker}-email", forum);
        Assert.DoesNotContain(marker, normal);
        Assert.Contains($"{marker}-email", mine);
        Assert.DoesNotContain($"{marker}-forum", mine);
        Assert.Contains($"{marker}-forum", finistere);
        Assert.DoesNotContain($"{marker}-email", finistere);
        Assert.Contains("<option value=\"29\" selected=\"selected\">", finistere);
    }

    [Fact]
    public async Task A_decided_message_cannot_be_decided_again()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = "Bonjour, une question sur le don." });
        var id = long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/reject", new() { ["reason"] = "doublon" });

        var again = await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/reject", new() { ["reason"] = "encore" });

        Assert.Equal($"/console/messages/{id}?error=decided", again.Headers.Location!.ToString());
        Assert.Single(_host.Get<ReviewQueue>().Decisions(id));
    }

    [Fact]
    public async Task Inbox_lists_danger_then_concern_then_the_oldest()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = "Bonjour, comment devenir bénévole dans votre association ?" });
        await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Facebook", ["text"] = "Je n'en peux plus, je suis un poids pour mes enfants." });
        await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Forum", ["text"] = "J'ai mis de côté assez de cachets, ce sera pour ce soir." });

        var inbox = _host.Get<ReviewQueue>().Inbox();

        Assert.Equal(Core.Triage.DistressLevel.Danger, inbox[0].Level);
        var concerns = inbox.SkipWhile(i => i.Level == Core.Triage.DistressLevel.Danger).ToList();
        Assert.Equal(Core.Triage.DistressLevel.Concern, concerns[0].Level);
        var rest = concerns.SkipWhile(i => i.Triage == Core.Triage.TriageLabel.Distress).ToList();
        Assert.DoesNotContain(rest, i => i.Triage == Core.Triage.TriageLabel.Distress);
        Assert.Equal(rest.OrderBy(i => i.ReceivedAt).Select(i => i.Id), rest.Select(i => i.Id));
    }

    [Fact]
    public async Task Message_page_shows_the_distress_level_and_the_signs_in_french()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = "Je suis devenue un poids pour ma famille, j'ai écrit une lettre d'adieu à chacun de mes enfants." });
        var id = long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);

        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{id}"));

        Assert.Contains("Détresse : danger", page);
        Assert.Contains("Signes relevés", page);
        Assert.Contains("se dit un poids pour ses proches", page);
        Assert.Contains("adieux ou lettres d'adieu", page);
        Assert.DoesNotContain("Peu de sources fiables", page);
    }

    [Fact]
    public async Task Assigning_to_an_unknown_user_changes_nothing()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = "Bonjour, où sont vos locaux ?" });
        var id = long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);

        var response = await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/assign", new() { ["assignee"] = "<script>x</script>" });

        Assert.Equal($"/console/messages/{id}?error=unknown-user", response.Headers.Location!.ToString());
        Assert.Null(_host.Get<ReviewQueue>().Find(id)!.AssignedTo);
    }
}
