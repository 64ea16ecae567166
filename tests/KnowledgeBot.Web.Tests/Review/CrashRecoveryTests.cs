using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Bot;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Tests.Review;

/// <summary>The host process killed with SIGKILL in the middle of its work, then started again on the same data.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _data = RunningHost.NewDataDirectory();

    [Fact]
    public async Task Approvals_cut_by_kill_9_are_each_delivered_exactly_once_and_recorded_after_the_restart()
    {
        await using var channel = await FakeChannel.StartAsync();
        var widgetConversations = new List<string>();
        var botConversations = new List<string>();
        List<long> messages;
        using (var host = await HostProcess.StartAsync(_data))
        {
            var http = host.CreateClient();
            var widget = new WidgetClient(http);
            for (var i = 0; i < 12; i++)
            {
                var conversation = await widget.OpenAsync();
                await widget.AskAsync(conversation, $"Bonjour, existe-t-il une aide pour les frais de transport vers l'hôpital ? ({i})");
                widgetConversations.Add(conversation);
                var bot = $"conv-{i}-{Guid.NewGuid():N}";
                await PostActivityAsync(http, bot, $"Comment obtenir une perruque remboursée ? ({i})", channel.ServiceUrl);
                botConversations.Add(bot);
            }
            messages = Query(_data, "SELECT id FROM incoming_messages ORDER BY id", r => r.GetInt64(0));
            Assert.Equal(24, messages.Count);

            // The channel is down: bot replies are approved but cannot be delivered before the crash.
            channel.Down = true;
            var session = await ConsoleSession.SignInAsync(host.CreateClient(followRedirects: false));
            var answered = 0;
            var approvals = messages.Select(async id =>
            {
                try
                {
                    await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/approve", new() { ["text"] = Reply(id), ["question"] = "Question" });
                    if (Interlocked.Increment(ref answered) == messages.Count / 2)
                        host.Kill();
                }
                catch (HttpRequestException)
                {
                    // The host died under this request.
                }
            });
            await Task.WhenAll(approvals);
        }

        Assert.True(Query(_data, "SELECT COUNT(*) FROM incoming_messages WHERE status = 'sending'", r => r.GetInt64(0))[0] > 0,
            "approved replies waiting in the outbox at the crash");
        channel.Down = false;
        using (var host = await HostProcess.StartAsync(_data))
        {
            var session = await ConsoleSession.SignInAsync(host.CreateClient(followRedirects: false));
            foreach (var id in Query(_data, "SELECT id FROM incoming_messages WHERE status = 'pending'", r => r.GetInt64(0)))
            {
                var response = await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/approve", new() { ["text"] = Reply(id), ["question"] = "Question" });
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
            await WaitUntilAsync(() => Query(_data, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", r => r.GetInt64(0))[0] == 0);

            Assert.All(messages, id =>
            {
                Assert.Equal("sent", Query(_data, "SELECT status FROM incoming_messages WHERE id = $id", r => r.GetString(0), id)[0]);
                Assert.Equal(1, Query(_data, "SELECT COUNT(*) FROM decisions WHERE message_id = $id", r => r.GetInt64(0), id)[0]);
                Assert.Equal(1, Query(_data, "SELECT COUNT(*) FROM audit_log WHERE target = 'message:' || $id AND action = 'message.approved'", r => r.GetInt64(0), id)[0]);
            });
            var widget = new WidgetClient(host.CreateClient());
            foreach (var conversation in widgetConversations)
                Assert.Single(await widget.TranscriptAsync(conversation), e => e.Role == "team");
            foreach (var conversation in botConversations)
                Assert.Single(channel.Received, a => a.GetProperty("conversation").GetProperty("id").GetString() == conversation);
        }
    }

    [Fact]
    public async Task Widget_posts_cut_by_kill_9_leave_each_message_whole_or_absent()
    {
        var conversations = new List<string>();
        var accepted = new System.Collections.Concurrent.ConcurrentBag<(string Conversation, string Text)>();
        using (var host = await HostProcess.StartAsync(_data))
        {
            var widget = new WidgetClient(host.CreateClient());
            for (var i = 0; i < 10; i++)
                conversations.Add(await widget.OpenAsync());
            var posted = 0;
            // Eight posts in flight at any time: the kill always cuts some in the middle of their turn.
            using var inFlight = new SemaphoreSlim(8);
            var posts = Enumerable.Range(0, 60).Select(async i =>
            {
                var conversation = conversations[i % conversations.Count];
                var text = $"Bonjour, je cherche des informations sur l'aide à domicile pendant la chimiothérapie, message {i}.";
                await inFlight.WaitAsync();
                try
                {
                    await widget.AskAsync(conversation, text);
                    accepted.Add((conversation, text));
                    if (Interlocked.Increment(ref posted) == 10)
                        host.Kill();
                }
                catch (HttpRequestException)
                {
                    // The host died under this request: the widget tells the person it was not sent.
                }
                finally
                {
                    inFlight.Release();
                }
            });
            await Task.WhenAll(posts);
        }
        Assert.True(accepted.Count < 60, "the kill came after every post");

        using (var host = await HostProcess.StartAsync(_data))
        {
            var widget = new WidgetClient(host.CreateClient());
            foreach (var conversation in conversations)
            {
                var key = $"widget:{conversation}";
                var transcript = await widget.TranscriptAsync(conversation);
                var said = transcript.Where(e => e.Role == "patient").Select(e => e.Text!).ToList();
                var queued = Query(_data, "SELECT body FROM incoming_messages WHERE conversation_id = $id ORDER BY id", r => r.GetString(0), key);
                Assert.Equal(said.Order(), queued.Order());
                Assert.Equal(said.Count, transcript.Count(e => e.Text == "Merci pour votre message. Un membre de l'équipe va vous répondre."));
                foreach (var message in Query(_data, "SELECT id FROM incoming_messages WHERE conversation_id = $id", r => r.GetInt64(0), key))
                    Assert.True(Query(_data, "SELECT COUNT(*) FROM drafts WHERE message_id = $id", r => r.GetInt64(0), message)[0] > 0);
            }
            Assert.All(accepted, post => Assert.Contains(post.Text,
                Query(_data, "SELECT body FROM incoming_messages WHERE conversation_id = $id", r => r.GetString(0), $"widget:{post.Conversation}")));
        }
    }

    private static string Reply(long id) => $"Bonjour, voici la réponse de l'équipe au message {id}.";

    private static Task PostActivityAsync(HttpClient http, string conversation, string text, Uri serviceUrl) =>
        http.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(BotEndpointTests.Activity(conversation, text, serviceUrl.ToString())), Encoding.UTF8, "application/json"));

    private static List<T> Query<T>(string data, string sql, Func<SqliteDataReader, T> map, object? id = null)
    {
        using var connection = new KnowledgeBotDatabase(data).Open();
        return connection.Query(sql, map, ("$id", id));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 240 && !condition(); i++)
            await Task.Delay(250);
        Assert.True(condition(), "the host did not deliver the outbox within 60 s");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
