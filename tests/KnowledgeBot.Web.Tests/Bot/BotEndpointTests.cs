using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Bot;

[Collection(HostCollection.Name)]
public sealed class BotEndpointTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task ExpectReplies_turn_returns_material_and_team_notice_in_the_http_response()
    {
        var response = await PostActivityAsync(Activity("conv-" + Guid.NewGuid().ToString("N"), "Comment se faire rembourser une perruque après une chimiothérapie ?", "http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Contains(activities, a => a.TryGetProperty("attachments", out var attachments)
            && attachments.EnumerateArray().Any(x => x.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.hero"));
        Assert.Contains(activities, a => a.TryGetProperty("text", out var text) && text.GetString()!.Contains("Un membre de l'équipe va vous répondre"));
    }

    [Fact]
    public async Task Approved_reply_is_delivered_to_the_channel_conversation_proactively()
    {
        await using var channel = await FakeChannel.StartAsync();
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await PostActivityAsync(Activity(conversation, "Où trouver une aide pour le transport vers l'hôpital ?", channel.ServiceUrl.ToString()));
        var queued = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"test-channel:{conversation}");

        var outcome = await _host.Get<ReviewService>().ApproveAsync(queued.Id, RunningHost.UserName, "Bonjour, voici notre réponse validée.", null, CancellationToken.None);

        Assert.Equal(ReviewOutcomeKind.Done, outcome.Kind);
        var delivered = channel.Received.Single();
        Assert.Equal("Bonjour, voici notre réponse validée.", delivered.GetProperty("text").GetString());
        Assert.Equal(conversation, delivered.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(_host.Get<ReviewQueue>().Reply(queued.Id)!.ActivityId, delivered.GetProperty("channelData").GetProperty(ProactiveReplySender.ReplyIdKey).GetString());
        Assert.Equal(MessageStatus.Sent, _host.Get<ReviewQueue>().Find(queued.Id)!.Status);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1, 2, 3]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"sans type\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("type=message&text=Bonjour", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("<activity/>", "application/xml", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_activity_is_refused_with_a_4xx_and_stores_nothing(string body, string contentType, HttpStatusCode expected)
    {
        var before = Rows.All(_host);

        var response = await _host.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Activity_over_the_size_limit_is_413_and_stores_nothing()
    {
        var before = Rows.All(_host);

        var response = await PostActivityAsync(Activity("conv-big", new string('a', 100_000), "http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
    }

    [Fact]
    public async Task Too_long_text_gets_a_polite_reply_and_is_not_queued()
    {
        var before = Rows.Count(_host, "incoming_messages");

        var response = await PostActivityAsync(Activity("conv-" + Guid.NewGuid().ToString("N"), new string('a', 5000), "http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("trop long", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Rows.Count(_host, "incoming_messages"));
    }

    private Task<HttpResponseMessage> PostActivityAsync(object activity) =>
        _host.CreateClient().PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"));

    internal static object Activity(string conversationId, string text, string serviceUrl) => new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "test-channel",
        serviceUrl,
        conversation = new { id = conversationId },
        from = new { id = "user-" + conversationId, role = "user" },
        recipient = new { id = "knowledgebot", role = "bot" },
        text,
        locale = "fr-FR",
        deliveryMode = "expectReplies",
    };
}
