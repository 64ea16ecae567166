using System.Net;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Dashboard;

[Collection(HostCollection.Name)]
public sealed class DashboardPageTests(SharedHost shared)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly RunningHost _host = shared.Host;

    /// <summary>
    /// March of the year (each test its own): two approvals (60 s, normal, sent as drafted; 600 s, distress, rewritten), a rejection, two pending
    /// messages (one at 00:30 on 1 March in Paris, 23:30 UTC the day before); two messages just outside the month.
    /// </summary>
    private async Task<(long Drafted, long Distress, long[] Inside, long[] Outside)> SeedMarchAsync(ConsoleSession session, int year)
    {
        var drafted = await SeededMessages.PasteAsync(session, "Email", "Bonjour, j'habite à Brest, comment devenir bénévole dans votre association ?");
        // The browser sends the text box's line breaks as CRLF: the reply is still the draft as suggested.
        await SeededMessages.ApproveAsync(session, drafted, _host.Get<ReviewQueue>().Drafts(drafted)[0].Text!.Replace("\n", "\r\n"));
        SeededMessages.Place(_host, drafted, $"{year}-03-02T08:00:00Z", decidedAfterSeconds: 60);
        var distress = await SeededMessages.PasteAsync(session, "Facebook", "Je n'en peux plus, je suis un poids pour mes enfants.");
        await SeededMessages.ApproveAsync(session, distress, "Nous sommes là. Appelez le 3114 à toute heure, une écoutante vous rappelle aussi.");
        SeededMessages.Place(_host, distress, $"{year}-03-03T10:00:00Z", decidedAfterSeconds: 600);
        var rejected = await SeededMessages.PasteAsync(session, "Forum", "Bonjour, j'habite à Brest, où envoyer mon don ?");
        await SeededMessages.RejectAsync(session, rejected);
        SeededMessages.Place(_host, rejected, $"{year}-03-04T10:00:00Z", decidedAfterSeconds: 120);
        var pending = await SeededMessages.PasteAsync(session, "Email", "Bonjour, une question sur les perruques.");
        SeededMessages.Place(_host, pending, $"{year}-03-05T10:00:00Z");
        var firstHour = await SeededMessages.PasteAsync(session, "Email", "Bonjour, quels sont les horaires de votre permanence ?");
        SeededMessages.Place(_host, firstHour, $"{year}-02-28T23:30:00Z");
        var april = await SeededMessages.PasteAsync(session, "Email", "Bonjour, avez-vous une permanence le samedi ?");
        SeededMessages.Place(_host, april, $"{year}-03-31T22:30:00Z");
        var february = await SeededMessages.PasteAsync(session, "Email", "Bonjour, faut-il prendre rendez-vous ?");
        SeededMessages.Place(_host, february, $"{year}-02-28T22:30:00Z");
        return (drafted, distress, [drafted, distress, rejected, pending, firstHour], [april, february]);
    }

    [Fact]
    public async Task The_figures_of_a_period_come_from_the_messages_received_in_it_in_Paris_days()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var (drafted, distress, inside, outside) = await SeedMarchAsync(session, 2021);
        var (march, _) = DashboardPeriod.Read(null, "2021-03-01", "2021-03-31", new DateOnly(2026, 12, 1), Paris);
        var reader = _host.Get<PeriodMessages>();

        var messages = reader.Read(march!);
        var figures = DashboardFigures.Compute(march!, messages, reader.CitedSources(march!));

        Assert.Equal(inside.Order(), messages.Select(m => m.Id).Order());
        Assert.DoesNotContain(messages, m => outside.Contains(m.Id));
        Assert.Equal([1, 1, 1, 1, 1], figures.PerDay.Take(5).Select(d => d.Messages));
        Assert.Equal(5, figures.Messages);
        Assert.Equal(new DecisionCounts(2, 1, 2), figures.Decisions);
        Assert.Equal(new ReplyDelays(2, TimeSpan.FromSeconds(330), TimeSpan.FromSeconds(600)), figures.AllReplies);
        Assert.Equal(new ReplyDelays(1, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600)), figures.DistressReplies);
        Assert.Equal(new ReplyDelays(1, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60)), figures.OtherReplies);
        Assert.Equal(1, figures.PerTriage.Single(t => t.Level == DistressLevel.Concern).Messages);
        Assert.Equal(0, EditDistance(drafted));
        Assert.InRange(EditDistance(distress), 0.5, 1);
        Assert.Equal(new DraftEdits(2, EditDistance(distress) / 2, 1), figures.Edits);
        Assert.Equal(new ReferredCommittee("29", figures.TopCommittees[0].Name, 2), figures.TopCommittees[0]);
        var top = figures.TopSources[0];
        Assert.Equal(inside.Count(id => _host.Get<ReviewQueue>().Drafts(id).Any(d => d.Sources.Any(s => s.Id == top.Id))), top.Messages);
    }

    [Fact]
    public async Task The_page_shows_the_figures_in_tables_beside_the_chart_and_links_the_export_of_the_same_period()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        await SeedMarchAsync(session, 2022);

        var response = await session.Http.GetAsync("/console/dashboard?du=2022-03-01&au=2022-03-31");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Tableau de bord</h1>", page);
        Assert.Contains("Du 01/03/2022 au 31/03/2022 : 5 message(s) reçu(s).", page);
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"chart-title\"", page);
        Assert.Contains("<title id=\"chart-title\">Messages reçus par jour du 01/03/2022 au 31/03/2022 : 5 au total, au plus 1 le 01/03/2022</title>", page);
        Assert.Contains("<tr><th scope=\"row\">01/03/2022</th><td>1</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Tous les messages</th><td>2</td><td>5 min</td><td>10 min</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Détresse</th><td>1</td><td>10 min</td><td>10 min</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Approuvés</th><td>2</td><td>66,7\u00a0%</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Rejetés</th><td>1</td><td>33,3\u00a0%</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Détresse : préoccupante</th><td>1</td><td>20\u00a0%</td></tr>", page);
        Assert.Contains("<tr><th scope=\"row\">Envoyées sans modification</th><td>1</td></tr>", page);
        Assert.Contains("href=\"/console/export.csv?du=2022-03-01&au=2022-03-31\"", page);
    }

    [Fact]
    public async Task The_console_navigation_links_the_dashboard_and_the_default_period_is_the_last_30_days()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

        var inbox = await session.Http.GetStringAsync("/console");
        var page = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console/dashboard"));

        Assert.Contains("<a href=\"/console/dashboard\">Tableau de bord</a>", inbox);
        Assert.Contains($"Du {today.AddDays(-29):dd/MM/yyyy} au {today:dd/MM/yyyy}", page);
        Assert.Contains("<option value=\"30\" selected=\"selected\">30 derniers jours</option>", page);
        Assert.Contains("href=\"/console/export.csv?periode=30\"", page);
    }

    [Theory]
    [InlineData("/console/dashboard?du=2021-03-10&au=2021-03-01", "La date de début (10/03/2021) est après la date de fin (01/03/2021).")]
    [InlineData("/console/dashboard?du=hier&au=2021-03-01", "« hier » n'est pas une date")]
    [InlineData("/console/dashboard?du=2000-01-01&au=2100-12-31", "La période ne peut pas dépasser 366 jours")]
    [InlineData("/console/dashboard?periode=100000000000000000000", "La période doit être de 7, 30 ou 90 jours")]
    [InlineData("/console/export.csv?du=2021-03-10&au=2021-03-01", "La date de début (10/03/2021) est après la date de fin (01/03/2021).")]
    [InlineData("/console/export.csv?du=2021-13-45&au=2021-03-01", "« 2021-13-45 » n'est pas une date")]
    [InlineData("/console/export.csv?du=2001-01-01&au=2099-01-01", "La période ne peut pas dépasser 366 jours")]
    [InlineData("/console/export.csv?au=2021-03-01", "Indiquez les deux dates")]
    public async Task A_bad_period_is_a_400_that_says_why_in_french_never_a_500(string path, string problem)
    {
        var session = await ConsoleSession.SignInAsync(_host);

        var response = await session.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/console/dashboard")]
    [InlineData("/console/export.csv?periode=7")]
    public async Task Without_a_session_the_dashboard_and_the_export_send_to_the_login_page(string path)
    {
        var response = await _host.CreateClient(followRedirects: false).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery);
    }

    private double EditDistance(long messageId)
    {
        using var connection = _host.Get<KnowledgeBotDatabase>().Open();
        return connection.Scalar<double>("SELECT draft_edit_distance FROM decisions WHERE message_id = $m AND action = 'approved'", ("$m", messageId));
    }
}
