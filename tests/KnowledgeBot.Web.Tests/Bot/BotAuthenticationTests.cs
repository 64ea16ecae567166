using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Bot;

/// <summary>With a real MicrosoftAppId the Bot Framework endpoint wants a channel's token; the widget, part of the host, does not.</summary>
public sealed class BotAuthenticationTests
{
    [Fact]
    public async Task With_an_app_id_an_activity_without_a_token_is_401_and_the_widget_still_answers()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Bot:MicrosoftAppId=8f9a1c42-5d7e-4b1a-9c3f-2e6d8b0a7f15");
        var http = host.CreateClient();
        var before = Rows.Count(host, "incoming_messages");

        var unsigned = await http.PostAsync("/api/messages", new StringContent(
            JsonSerializer.Serialize(BotEndpointTests.Activity("conv-unsigned", "Bonjour, une question sur les aides.", "http://127.0.0.1:9/")),
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(before, Rows.Count(host, "incoming_messages"));
        var widget = new WidgetClient(http);
        var replies = await widget.AskAsync(await widget.OpenAsync(), "Bonjour, existe-t-il une aide pour le transport vers l'hôpital ?");
        Assert.Contains(replies, r => r.Text == "Merci pour votre message. Un membre de l'équipe va vous répondre.");
    }
}
