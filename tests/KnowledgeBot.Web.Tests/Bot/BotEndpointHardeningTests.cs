using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Bot;

/// <summary>/api/messages as an attacker meets it: refused with a 4xx (or 502 for a channel's own failure), never a 500, nothing stored.</summary>
[Collection(HostCollection.Name)]
public sealed class BotEndpointHardeningTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Theory]
    [InlineData("conversation", HttpStatusCode.BadRequest)]
    [InlineData("serviceUrl", HttpStatusCode.BadRequest)]
    [InlineData("channelId", HttpStatusCode.BadRequest)]
    public async Task An_activity_without_what_a_reply_needs_is_400_and_stores_nothing(string missing, HttpStatusCode expected)
    {
        var activity = Activity("http://127.0.0.1:9/");
        activity.Remove(missing);

        await AssertRefusedAsync(_host, activity, expected);
    }

    [Fact]
    public async Task The_widget_channel_is_never_accepted_from_outside()
    {
        var activity = Activity("http://127.0.0.1:9/");
        activity["channelId"] = "widget";

        await AssertRefusedAsync(_host, activity, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_an_app_id_a_service_url_off_this_machine_is_refused_and_never_called()
    {
        await using var channel = await FakeChannel.StartAsync();
        var activity = Activity(channel.ServiceUrl.ToString().Replace("127.0.0.1", "localtest.me", StringComparison.Ordinal));
        activity.Remove("deliveryMode");

        await AssertRefusedAsync(_host, activity, HttpStatusCode.BadRequest);
        Assert.Empty(channel.Received);
    }

    [Fact]
    public async Task A_service_url_that_refuses_the_reply_is_a_502_not_a_500()
    {
        await using var channel = await FakeChannel.StartAsync();
        channel.Down = true;
        var activity = Activity(channel.ServiceUrl.ToString());
        activity.Remove("deliveryMode");

        var response = await PostAsync(_host, activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task In_production_with_no_app_id_the_endpoint_is_closed_and_says_why()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Bot:AllowUnauthenticatedLocalChannels=false");

        var response = await PostAsync(host, Activity("http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MicrosoftAppId", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, Rows.Count(host, "incoming_messages"));
    }

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiI4ZjlhMWM0Mi01ZDdlLTRiMWEtOWMzZi0yZTZkOGIwYTdmMTUiLCJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl")]
    [InlineData("")]
    public async Task With_an_app_id_an_invalid_token_is_401_never_500(string token)
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Bot:MicrosoftAppId=8f9a1c42-5d7e-4b1a-9c3f-2e6d8b0a7f15");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activity("https://smba.trafficmanager.net/emea/").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Rows.Count(host, "incoming_messages"));
    }

    private static async Task AssertRefusedAsync(RunningHost host, JsonObject activity, HttpStatusCode expected)
    {
        var before = Rows.All(host);
        var response = await PostAsync(host, activity);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, Rows.All(host));
    }

    private static Task<HttpResponseMessage> PostAsync(RunningHost host, JsonObject activity) =>
        host.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    private static JsonObject Activity(string serviceUrl) =>
        JsonSerializer.SerializeToNode(BotEndpointTests.Activity("conv-" + Guid.NewGuid().ToString("N"), "Bonjour, une question sur les aides.", serviceUrl))!.AsObject();
}
