using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Dashboard;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Review;

[Collection(HostCollection.Name)]
public sealed class DraftFlagTests(SharedHost shared)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly RunningHost _host = shared.Host;

    private static Task<HttpResponseMessage> FlagAsync(ConsoleSession session, long message, int rank, string kind, string? note = null)
    {
        var form = new Dictionary<string, string> { ["kind"] = kind };
        if (note is not null)
            form["note"] = note;
        return session.PostFormAsync($"/console/messages/{message}", $"/console/messages/{message}/drafts/{rank}/flag", form);
    }

    private static long Flags(RunningHost host, long message)
    {
        using var connection = host.Get<KnowledgeBotDatabase>().Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM draft_flags WHERE message_id = $m", ("$m", message));
    }

    [Fact]
    public async Task A_CM_flags_a_draft_it_is_stored_audited_without_her_word_and_shown_under_that_draft()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, la sécurité sociale rembourse-t-elle une perruque ?");
        var note = "barème-ornithorynque de 2019";

        var response = await FlagAsync(cm, message, 0, "obsolete", $"  {note} ");
        var page = WebUtility.HtmlDecode(await cm.Http.GetStringAsync(response.Headers.Location!.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/console/messages/{message}?signale=true#brouillon-1", response.Headers.Location!.ToString());
        var flag = Assert.Single(_host.Get<ReviewQueue>().Flags(message));
        Assert.Equal((0, DraftFlagKind.Obsolete, note, cm.UserName), (flag.DraftRank, flag.Kind, flag.Note, flag.UserName));
        using (var connection = _host.Get<KnowledgeBotDatabase>().Open())
        {
            var audit = connection.Query("SELECT user_name, details, content FROM audit_log WHERE action = 'draft.flagged' AND target = $t",
                r => (User: r.GetString(0), Details: r.GetString(1), Content: r.NullableString("content")), ("$t", $"message:{message}"));
            var entry = Assert.Single(audit);
            Assert.Equal(cm.UserName, entry.User);
            Assert.Equal("{\"draft\":1,\"kind\":\"obsolete\"}", entry.Details);
            Assert.Null(entry.Content);
        }
        Assert.Contains("Signalement enregistré.", page);
        var draft = page[page.IndexOf("id=\"brouillon-1\"", StringComparison.Ordinal)..];
        Assert.Contains($"<strong>obsolète</strong> — {cm.UserName}, ", draft);
        Assert.Contains($" : « {note} »", draft);
    }

    [Fact]
    public async Task Flags_are_counted_per_kind_on_the_dashboard_and_their_kinds_alone_are_in_the_export()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var twice = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, combien de temps dure une chimiothérapie ?");
        var once = await SeededMessages.PasteAsync(cm, "Forum", "Bonjour, où trouver une socio-esthéticienne ?");
        var none = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, comment faire un don ?");
        await FlagAsync(cm, twice, 0, "obsolete", "mot-capybara");
        await FlagAsync(cm, twice, 0, "incomplete");
        await FlagAsync(cm, once, 0, "obsolete");
        SeededMessages.Place(_host, twice, "2019-04-03T08:00:00Z");
        SeededMessages.Place(_host, once, "2019-04-04T08:00:00Z");
        SeededMessages.Place(_host, none, "2019-04-05T08:00:00Z");
        var (april, _) = DashboardPeriod.Read(null, "2019-04-01", "2019-04-30", new DateOnly(2026, 12, 1), Paris);
        var reader = _host.Get<PeriodMessages>();

        var figures = DashboardFigures.Compute(april!, reader.Read(april!), reader.CitedSources(april!));
        var page = WebUtility.HtmlDecode(await cm.Http.GetStringAsync("/console/dashboard?du=2019-04-01&au=2019-04-30"));
        var csv = await cm.Http.GetStringAsync("/console/export.csv?du=2019-04-01&au=2019-04-30");

        Assert.Equal([new(DraftFlagKind.Erroneous, 0), new(DraftFlagKind.Obsolete, 2), new(DraftFlagKind.Incomplete, 1), new FlagCount(DraftFlagKind.Inappropriate, 0)],
            figures.Flags);
        Assert.Contains("(3 signalement(s))", page);
        Assert.Contains("<tr><th scope=\"row\">Obsolète</th><td>2</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Incomplète</th><td>1</td></tr>", page);
        var lines = csv[..^2].Split("\r\n");
        Assert.EndsWith(",flags", lines[0]);
        Assert.Equal(["obsolete|incomplete", "obsolete", ""], lines[1..].Select(l => l.Split(',')[^1]));
        Assert.DoesNotContain("capybara", csv);
    }

    [Theory]
    [InlineData("fausse", null, "Signalement inconnu : choisissez « erronée », « obsolète », « incomplète » ou « inappropriée ».")]
    [InlineData("", null, "Signalement inconnu")]
    [InlineData("erronee", 301, "Le commentaire du signalement dépasse 300 caractères.")]
    public async Task A_bad_flag_is_a_400_that_says_why_in_French_and_stores_nothing(string kind, int? noteLength, string problem)
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour les frais de transport ?");
        var audit = Rows.Count(_host, "audit_log");

        var response = await FlagAsync(cm, message, 0, kind, noteLength is { } length ? new string('x', length) : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, Flags(_host, message));
        Assert.Equal(audit, Rows.Count(_host, "audit_log"));
    }

    [Fact]
    public async Task A_note_of_300_characters_is_kept_whole()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour garder mes enfants pendant les séances ?");

        var response = await FlagAsync(cm, message, 0, "inappropriee", new string('y', 300));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(300, Assert.Single(_host.Get<ReviewQueue>().Flags(message)).Note!.Length);
    }

    [Fact]
    public async Task A_draft_that_does_not_exist_is_a_404_and_stores_nothing()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour payer une mutuelle ?");

        var response = await FlagAsync(cm, message, 7, "erronee");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, Flags(_host, message));
    }

    [Fact]
    public async Task An_expert_may_not_flag_a_draft()
    {
        var cm = await RoleSessions.SharedAsync(_host, ConsoleRole.Cm);
        var message = await SeededMessages.PasteAsync(cm, "Email", "Bonjour, une aide pour adapter mon logement ?");
        var expert = await RoleSessions.SharedAsync(_host, ConsoleRole.Expert);

        // The message page is closed to experts: the form's token comes from a page they may open.
        var response = await expert.PostFormAsync("/console/password", $"/console/messages/{message}/drafts/0/flag", new() { ["kind"] = "erronee" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, Flags(_host, message));
    }
}
