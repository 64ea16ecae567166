using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Dashboard;

[Collection(HostCollection.Name)]
public sealed class ExportCsvTests(SharedHost shared)
{
    private const string Header = "received_at,channel,triage,level,committee,status,first_reply_seconds,draft_confidence,flags";
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task The_export_has_one_line_per_message_of_the_period_and_none_of_their_text_names_or_conversation_ids()
    {
        var marker = "zorglub" + Guid.NewGuid().ToString("N")[..6];
        var question = $"Bonjour, \"{marker}\", dit ma sœur Bérénice Quintal, j'habite à Brest : une aide, pour la perruque ?";
        var session = await ConsoleSession.SignInAsync(_host);
        var approved = await SeededMessages.PasteAsync(session, "Email", question);
        await SeededMessages.ApproveAsync(session, approved, $"Bonjour, oui, \"{marker}-réponse\", votre comité vous aide.");
        SeededMessages.Place(_host, approved, "2023-05-03T08:00:00Z", decidedAfterSeconds: 90.6);
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();
        await widget.AskAsync(conversation, "J'ai mis de côté assez de cachets, ce sera pour ce soir.");
        var danger = _host.Get<Web.Review.ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}").Id;
        SeededMessages.Place(_host, danger, "2023-05-04T21:00:00Z");
        var outside = await SeededMessages.PasteAsync(session, "Forum", question);
        SeededMessages.Place(_host, outside, "2023-06-01T08:00:00Z");

        var response = await session.Http.GetAsync("/console/export.csv?du=2023-05-01&au=2023-05-31");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"knowledgebot-{TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")):yyyy-MM-dd}.csv",
            response.Content.Headers.ContentDisposition.FileName);
        Assert.EndsWith("\r\n", csv);
        Assert.DoesNotContain('\n', csv.Replace("\r\n", ""));
        var lines = csv[..^2].Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.Equal(Header, lines[0]);
        var first = lines[1].Split(',');
        Assert.Equal(["2023-05-03T08:00:00Z", "Email", "normal", "", "29", "sent", "90"], first[..7]);
        Assert.InRange(double.Parse(first[7], CultureInfo.InvariantCulture), 0, 1);
        Assert.Equal(["2023-05-04T21:00:00Z", "Widget", "distress", "danger", "", "pending", ""], lines[2].Split(',')[..7]);
        foreach (var secret in new[] { marker, "Quintal", "Bérénice", "perruque", "cachets", conversation, RunningHost.UserName, "\"" })
            Assert.DoesNotContain(secret, csv);
    }
}
