using System.Net;
using System.Text.Json;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Gaps;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Gaps;

[Collection(HostCollection.Name)]
public sealed class ContentGapsPageTests(SharedHost shared)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly RunningHost _host = shared.Host;

    private static readonly DraftSource WigPage = new("https://asso.example.org/perruque", "https://asso.example.org/perruque", "La prise en charge de la perruque", DocumentKind.Page, null, false);
    private static readonly DraftSource WigFiche = new("F-perruque", "https://www.service-public.fr/F0001", "Prothèse capillaire", DocumentKind.Fiche, null, false);
    private static readonly DraftSource VolunteerPage = new("https://asso.example.org/benevolat", "https://asso.example.org/benevolat", "Devenir bénévole", DocumentKind.Page, null, false);

    private sealed record Seeded(long[] Wig, long[] Volunteer, long AnsweredWell, long Forgotten);

    /// <summary>
    /// June of the year: three questions on the wig's refund (rejected; flagged; low confidence), two on volunteering
    /// (no source; rewritten before sending), a wig question answered well, a gap whose body retention deleted.
    /// </summary>
    private async Task<Seeded> SeedJuneAsync(int year)
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var wig = new[]
        {
            await SeededMessages.PasteAsync(cm, "Email", "Bonjour, la sécurité sociale rembourse-t-elle la perruque ?"),
            await SeededMessages.PasteAsync(cm, "Forum", "La perruque est-elle remboursée par la sécurité sociale ?"),
            await SeededMessages.PasteAsync(cm, "Facebook", "Perruque : remboursée par la sécurité sociale ou pas ?"),
        };
        var volunteer = new[]
        {
            await SeededMessages.PasteAsync(cm, "Email", "Comment devenir bénévole dans votre association ?"),
            await SeededMessages.PasteAsync(cm, "Email", "Je voudrais devenir bénévole dans une association contre le cancer, comment faire ?"),
        };
        var answeredWell = await SeededMessages.PasteAsync(cm, "Email", "Ma perruque est-elle remboursée par la sécurité sociale ?");
        var forgotten = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, la perruque est-elle remboursée ?");
        long[] all = [.. wig, .. volunteer, answeredWell, forgotten];
        using (var connection = _host.Get<KnowledgeBotDatabase>().Open())
            foreach (var id in all)
                connection.Execute("UPDATE incoming_messages SET low_confidence = 0 WHERE id = $id", ("$id", id));
        // What drafting cites depends on the answers other tests approved on the shared host: the sources are set here.
        using (var connection = _host.Get<KnowledgeBotDatabase>().Open())
            foreach (var (id, source) in new[] { (wig[0], WigPage), (wig[1], WigPage), (wig[2], WigFiche), (volunteer[1], VolunteerPage), (answeredWell, WigPage) })
                connection.Execute("UPDATE drafts SET sources = $s WHERE message_id = $id AND rank = 0",
                    ("$s", JsonSerializer.Serialize(new[] { source }, new JsonSerializerOptions(JsonSerializerDefaults.Web))), ("$id", id));

        await SeededMessages.RejectAsync(cm, wig[0]);
        await cm.PostFormAsync($"/console/messages/{wig[1]}", $"/console/messages/{wig[1]}/drafts/0/flag", new() { ["kind"] = "obsolete" });
        await SeededMessages.ApproveAsync(cm, volunteer[1], "Merci ! Écrivez à votre comité : il vous proposera une rencontre avec l'équipe des bénévoles.");
        await SeededMessages.ApproveAsync(cm, answeredWell, _host.Get<ReviewQueue>().Drafts(answeredWell)[0].Text!);
        await SeededMessages.RejectAsync(cm, forgotten);
        using (var connection = _host.Get<KnowledgeBotDatabase>().Open())
        {
            connection.Execute("UPDATE incoming_messages SET low_confidence = 1 WHERE id = $id", ("$id", wig[2]));
            connection.Execute("UPDATE drafts SET sources = '[]' WHERE message_id = $id", ("$id", volunteer[0]));
            connection.Execute("UPDATE incoming_messages SET body = NULL WHERE id = $id", ("$id", forgotten));
        }
        for (var i = 0; i < all.Length; i++)
            SeededMessages.Place(_host, all[i], $"{year}-06-{i + 2:00}T08:00:00Z", decidedAfterSeconds: _host.Get<ReviewQueue>().Find(all[i])!.DecidedAt is null ? null : 60);
        return new Seeded(wig, volunteer, answeredWell, forgotten);
    }

    private IReadOnlyList<ContentGap> GapsOfJune(int year)
    {
        var (june, _) = DashboardPeriod.Read(null, $"{year}-06-01", $"{year}-06-30", new DateOnly(2026, 12, 1), Paris);
        return ContentGapGrouping.Group(_host.Get<GapMessages>().Read(june!), _host.Get<ContentWords>().Of);
    }

    [Fact]
    public async Task Similar_badly_answered_questions_are_one_group_with_the_count_of_each_reason_and_different_ones_another()
    {
        var seeded = await SeedJuneAsync(2017);

        var gaps = GapsOfJune(2017);

        Assert.Equal(2, gaps.Count);
        Assert.Equal(seeded.Wig, gaps[0].Messages.Select(m => m.Id));
        Assert.Equal([new(GapReason.LowConfidence, 1), new(GapReason.Flagged, 1), new ReasonCount(GapReason.Rejected, 1)], gaps[0].Reasons);
        Assert.Equal((WigPage, 2), (gaps[0].TopSource!.Source, gaps[0].TopSource!.Messages));
        Assert.Equal(seeded.Volunteer, gaps[1].Messages.Select(m => m.Id));
        Assert.Equal([new(GapReason.NoSource, 1), new ReasonCount(GapReason.HeavyEdit, 1)], gaps[1].Reasons);
        Assert.DoesNotContain(gaps.SelectMany(g => g.Messages), m => m.Id == seeded.AnsweredWell || m.Id == seeded.Forgotten);
    }

    [Fact]
    public async Task The_page_shows_each_group_biggest_first_with_its_reasons_and_examples_for_every_role()
    {
        await SeedJuneAsync(2016);
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);

        var response = await expert.Http.GetAsync("/console/gaps?du=2016-06-01&au=2016-06-30");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var cmPage = await cm.Http.GetStringAsync("/console/gaps?du=2016-06-01&au=2016-06-30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Lacunes du contenu</h1>", page);
        Assert.Contains("Du 01/06/2016 au 30/06/2016 : 5 question(s) mal couverte(s) en 2 groupe(s).", page);
        Assert.Contains("Groupe 1 : 3 question(s)", page);
        Assert.Contains("Raisons : confiance faible (1), brouillon signalé (1), message rejeté (1)", page);
        Assert.Contains("Groupe 2 : 2 question(s)", page);
        Assert.Contains("Raisons : aucune source (1), brouillon très modifié (1)", page);
        Assert.Contains("rel=\"noopener noreferrer\" target=\"_blank\">La prise en charge de la perruque</a>", page);
        Assert.Contains("(2 question(s))", page);
        Assert.Contains("« Bonjour, la sécurité sociale rembourse-t-elle la perruque ? »", page);
        Assert.DoesNotContain("« Ma perruque est-elle", page);
        Assert.True(page.IndexOf("Groupe 1", StringComparison.Ordinal) < page.IndexOf("Groupe 2", StringComparison.Ordinal));
        Assert.Contains("href=\"/console/gaps\"", page);
        Assert.DoesNotContain("href=\"/console/messages/", page);
        Assert.Contains("href=\"/console/messages/", cmPage);
    }

    [Fact]
    public async Task An_example_is_cut_at_200_characters_and_its_markup_is_shown_as_text()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var body = "<script>alert(1)</script> Comment obtenir un prêt immobilier après un cancer ? " + string.Join(' ', Enumerable.Repeat("assurance emprunteur", 20));
        var id = await SeededMessages.PasteAsync(cm, "Email", body);
        await SeededMessages.RejectAsync(cm, id);
        SeededMessages.Place(_host, id, "2015-06-10T08:00:00Z", decidedAfterSeconds: 60);

        var page = await cm.Http.GetStringAsync("/console/gaps?du=2015-06-01&au=2015-06-30");

        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        var shown = WebUtility.HtmlDecode(page);
        Assert.Contains("« " + body[..200] + "… »", shown);
        Assert.DoesNotContain(body[..201], shown);
    }

    [Fact]
    public async Task A_bad_period_is_a_400_that_says_why_in_French()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);

        var response = await cm.Http.GetAsync("/console/gaps?du=2021-03-10&au=2021-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("La date de début (10/03/2021) est après la date de fin (01/03/2021).", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
