using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Web.Tests.Bot;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Hosting;

public sealed class PrivacyTests
{
    [Fact]
    public async Task Message_bodies_never_reach_the_logs_even_at_trace_level()
    {
        const string secret = "Mon diagnostic confidentiel zorglub-4471";
        var logs = new CapturedLogs();
        await using var host = await RunningHost.StartAsync(null, logs);
        var http = host.CreateClient();
        var widget = new WidgetClient(http);
        var conversation = await widget.OpenAsync();

        await widget.AskAsync(conversation, secret);
        await http.PostAsync("/api/messages", new StringContent(
            JsonSerializer.Serialize(BotEndpointTests.Activity("conv-privacy", secret, "http://127.0.0.1:9/")), Encoding.UTF8, "application/json"));
        await http.PostAsJsonAsync($"/widget/api/conversations/{conversation}/messages", new { text = secret + new string('x', 5000) });

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("zorglub", StringComparison.Ordinal));
    }
}
