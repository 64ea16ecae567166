using System.Net;
using System.Net.Http.Json;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Retention;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Hosting;

public sealed class LimitsTests
{
    [Fact]
    public async Task A_client_posting_faster_than_the_limit_gets_429_and_others_are_still_served()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:MessagesPerMinute=3");
        var http = host.CreateClient();
        var conversation = await new WidgetClient(http).OpenAsync();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
            responses.Add(await http.PostAsJsonAsync($"/widget/api/conversations/{conversation}/messages", new { text = "Bonjour, une question sur les aides." }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        Assert.True(int.Parse(responses[2].Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/widget/api/conversations/{conversation}/messages")).StatusCode);
        // The patient's posts spend the widget's bucket only: the bot endpoint and the CM's sign-in still answer.
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/api/messages", JsonContent.Create(new { type = "message" }))).StatusCode);
        Assert.NotNull(await ConsoleSession.SignInAsync(host));
    }

    [Fact]
    public async Task Message_bodies_older_than_the_retention_period_are_deleted_and_the_rest_kept()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:MessageBodyRetentionDays=30");
        var widget = new WidgetClient(host.CreateClient());
        var oldConversation = await widget.OpenAsync();
        await widget.AskAsync(oldConversation, "Bonjour, ancienne question sur la perruque. Je suis un poids pour ma famille.");
        using (var connection = host.Get<KnowledgeBotDatabase>().Open())
        {
            var longAgo = DateTimeOffset.UtcNow.AddDays(-31).ToString("O");
            connection.Execute("UPDATE incoming_messages SET received_at = $at", ("$at", longAgo));
            connection.Execute("UPDATE transcript SET created_at = $at", ("$at", longAgo));
        }
        var recentConversation = await widget.OpenAsync();
        await widget.AskAsync(recentConversation, "Bonjour, question récente sur le transport.");

        var deleted = host.Get<MessageRetentionService>().DeleteExpiredBodies(DateTimeOffset.UtcNow);

        Assert.Equal(1, deleted);
        var queue = host.Get<ReviewQueue>();
        var items = queue.Inbox();
        var old = items.Single(i => i.ConversationKey!.EndsWith(oldConversation));
        Assert.Null(old.Body);
        Assert.Empty(old.Evidence);
        Assert.Equal(Core.Triage.DistressLevel.Concern, old.Level);
        Assert.Equal("Bonjour, question récente sur le transport.", items.Single(i => i.ConversationKey!.EndsWith(recentConversation)).Body);
        Assert.All(await widget.TranscriptAsync(oldConversation), e => Assert.Null(e.Text));
        Assert.Equal("Bonjour, question récente sur le transport.", (await widget.TranscriptAsync(recentConversation))[0].Text);
    }
}
