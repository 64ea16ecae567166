using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Bot;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Review;

[Collection(HostCollection.Name)]
public sealed class ApprovalIntegrityTests(SharedHost shared)
{
    private const string SecondUser = "paul";
    private const string SecondPassword = "mot-de-passe-de-test-2";
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Two_CMs_approving_the_same_message_at_once_send_one_reply_and_the_second_is_told_who_decided()
    {
        if (!_host.Get<UserStore>().Names().Contains(SecondUser))
            _host.Get<UserStore>().Add(SecondUser, SecondPassword);
        var marie = await ConsoleSession.SignInAsync(_host);
        var paul = await ConsoleSession.SignInAsync(_host, SecondUser, SecondPassword);
        var widget = new WidgetClient(_host.CreateClient());

        for (var round = 0; round < 10; round++)
        {
            var conversation = await widget.OpenAsync();
            await widget.AskAsync(conversation, $"Bonjour, comment obtenir une perruque remboursée ? (demande {round})");
            var id = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}").Id;
            var page = $"/console/messages/{id}";

            var answers = await Task.WhenAll(
                marie.PostFormAsync(page, page + "/approve", new() { ["text"] = "Réponse de Marie.", ["question"] = "Perruque remboursée ?" }),
                paul.PostFormAsync(page, page + "/approve", new() { ["text"] = "Réponse de Paul.", ["question"] = "Perruque remboursée ?" }));

            var team = (await widget.TranscriptAsync(conversation)).Where(e => e.Role == "team").ToList();
            Assert.Single(team);
            var decision = Assert.Single(_host.Get<ReviewQueue>().Decisions(id));
            Assert.Equal(decision.UserName == RunningHost.UserName ? "Réponse de Marie." : "Réponse de Paul.", team[0].Text);
            Assert.Equal(MessageStatus.Sent, _host.Get<ReviewQueue>().Find(id)!.Status);
            Assert.Single(_host.Get<AuditLog>().Page(null, null, 1, 200).Entries, e => e.Target == $"message:{id}" && e.Action == "message.approved");
            var loser = answers.Single(a => a.Headers.Location!.ToString().EndsWith("?error=decided", StringComparison.Ordinal));
            var loserSession = loser == answers[0] ? marie : paul;
            var told = WebUtility.HtmlDecode(await loserSession.Http.GetStringAsync(loser.Headers.Location));
            Assert.Contains($"Ce message a déjà été traité par {decision.UserName}", told);
        }
    }

    [Fact]
    public async Task A_reply_approved_while_the_channel_is_down_is_recorded_at_once_and_delivered_once_when_it_is_back()
    {
        await using var channel = await FakeChannel.StartAsync();
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await _host.CreateClient().PostAsync("/api/messages", new StringContent(
            JsonSerializer.Serialize(BotEndpointTests.Activity(conversation, "Existe-t-il une aide pour les frais de transport ?", channel.ServiceUrl.ToString())),
            Encoding.UTF8, "application/json"));
        var id = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"test-channel:{conversation}").Id;
        channel.Down = true;

        var outcome = await _host.Get<ReviewService>().ApproveAsync(id, RunningHost.UserName, "Oui, votre comité peut vous aider.", null, CancellationToken.None);

        Assert.Equal(ReviewOutcomeKind.Done, outcome.Kind);
        Assert.Equal(MessageStatus.Sending, _host.Get<ReviewQueue>().Find(id)!.Status);
        var pending = _host.Get<ReviewQueue>().Reply(id)!;
        Assert.Equal(1, pending.Attempts);
        Assert.Null(pending.SentAt);
        Assert.Single(_host.Get<ReviewQueue>().Decisions(id));
        var session = await ConsoleSession.SignInAsync(_host);
        Assert.Contains("pas encore arrivée dans la conversation", WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/messages/{id}")));

        channel.Down = false;
        Assert.True(await _host.Get<ReplyDelivery>().DeliverAsync(id, CancellationToken.None));
        Assert.True(await _host.Get<ReplyDelivery>().DeliverAsync(id, CancellationToken.None));

        var delivered = Assert.Single(channel.Received, a => a.GetProperty("text").GetString() == "Oui, votre comité peut vous aider.");
        Assert.Equal(pending.ActivityId, delivered.GetProperty("channelData").GetProperty(ProactiveReplySender.ReplyIdKey).GetString());
        Assert.Equal(MessageStatus.Sent, _host.Get<ReviewQueue>().Find(id)!.Status);
    }

    [Fact]
    public async Task A_widget_turn_is_stored_whole_the_person_line_the_queue_item_its_drafts_and_the_replies()
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();

        var shown = await widget.AskAsync(conversation, "Bonjour, je cherche une aide financière pendant ma chimiothérapie, j'habite à Brest.");

        Assert.Equal("patient", shown[0].Role);
        Assert.Contains(shown, e => e.Role == "bot" && e.Text == "Merci pour votre message. Un membre de l'équipe va vous répondre.");
        var item = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}");
        Assert.NotEmpty(_host.Get<ReviewQueue>().Drafts(item.Id));
        Assert.Equal("29", _host.Get<Conversations.ConversationStore>().KnownDepartment($"widget:{conversation}"));
    }
}
