using System.Text;
using System.Text.Json;
using KnowledgeBot.Web.Tests.Bot;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Hosting;

/// <summary>The log of a real host process, as an operator reads it, after a day's work in small: no conversation id, no text.</summary>
public sealed class HostLogTests : IDisposable
{
    private readonly string _data = RunningHost.NewDataDirectory();

    [Fact]
    public async Task The_host_log_holds_no_conversation_id_and_no_message_or_reply_text()
    {
        const string message = "Ma question confidentielle sur la perruque, code mirabelle-5512.";
        const string reply = "Notre réponse confidentielle, code quetsche-7781.";
        await using var channel = await FakeChannel.StartAsync();
        using var host = await HostProcess.StartAsync(_data);
        var http = host.CreateClient();
        var widget = new WidgetClient(http);
        var widgetConversation = await widget.OpenAsync();
        await widget.AskAsync(widgetConversation, message);
        var botConversation = "conv-" + Guid.NewGuid().ToString("N");
        await http.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(BotEndpointTests.Activity(botConversation, message, channel.ServiceUrl.ToString())),
            Encoding.UTF8, "application/json"));
        var session = await ConsoleSession.SignInAsync(host.CreateClient(followRedirects: false));
        channel.Down = true;
        for (var id = 1; id <= 2; id++)
            await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/approve", new() { ["text"] = reply, ["question"] = "Perruque ?" });
        channel.Down = false;
        await Task.Delay(TimeSpan.FromSeconds(1));

        var log = string.Join('\n', host.Output);
        Assert.Contains("Delivering the reply to message", log);
        foreach (var secret in new[] { widgetConversation, botConversation, "mirabelle", "quetsche" })
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
