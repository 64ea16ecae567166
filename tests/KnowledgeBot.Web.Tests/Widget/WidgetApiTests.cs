using System.Net;
using System.Net.Http.Json;
using System.Text;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Widget;

[Collection(HostCollection.Name)]
public sealed class WidgetApiTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Question_gets_vetted_pages_the_committee_and_the_team_notice_at_once()
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();

        var replies = await widget.AskAsync(conversation, "Bonjour, j'habite à Brest. Existe-t-il des aides financières pour les malades du cancer ?");

        Assert.Equal("patient", replies[0].Role);
        var cards = replies.SelectMany(r => r.Cards).ToList();
        Assert.Contains(cards, c => c.Url is not null && c.Url.StartsWith("https://asso.example.org/aides/", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Url == "https://asso.example.org/comites/29");
        Assert.Contains(replies, r => r.Text is not null && r.Text.Contains("Un membre de l'équipe va vous répondre"));
        Assert.DoesNotContain(replies, r => r.Role == "team");
    }

    [Theory]
    [InlineData("Je n'en peux plus de ce cancer, j'ai gardé mes cachets pour en finir ce soir.")]
    [InlineData("Parfois je me dis que ma famille serait mieux sans moi.")]
    public async Task Distress_message_shows_the_helplines_first_at_either_level(string message)
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();

        var replies = await widget.AskAsync(conversation, message);

        var first = replies.First(r => r.Role == "bot").Text!;
        Assert.Contains("0 800 940 939", first);
        Assert.Contains("3114", first);
        Assert.Contains("15 :", first);
    }

    [Fact]
    public async Task Message_with_a_script_is_kept_and_returned_as_plain_text()
    {
        const string payload = "<img src=x onerror=alert(1)><script>alert('x')</script> é à ç";
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();

        await widget.AskAsync(conversation, payload);

        var transcript = await widget.TranscriptAsync(conversation);
        Assert.Equal(payload, transcript[0].Text);
    }

    [Fact]
    public async Task Polling_returns_only_the_lines_after_the_last_one_seen()
    {
        var widget = new WidgetClient(_host.CreateClient());
        var conversation = await widget.OpenAsync();
        var replies = await widget.AskAsync(conversation, "Comment obtenir une perruque remboursée ?");

        Assert.Empty(await widget.TranscriptAsync(conversation, replies[^1].Seq));
        Assert.Equal(replies.Count, (await widget.TranscriptAsync(conversation)).Count);
    }

    [Theory]
    [InlineData("GET", "/widget/api/conversations/AAAAAAAAAAAAAAAAAAAAAA/messages")]
    [InlineData("POST", "/widget/api/conversations/AAAAAAAAAAAAAAAAAAAAAA/messages")]
    [InlineData("GET", "/widget/api/conversations/..%2F..%2Fetc/messages")]
    [InlineData("POST", "/widget/api/conversations/<script>/messages")]
    public async Task Unknown_conversation_is_404_and_stores_nothing(string method, string path)
    {
        var before = Rows.All(_host);

        var response = await _host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { text = "Bonjour" }) : null,
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
    }

    [Theory]
    [InlineData("{\"text\": \"Bonjour", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": 42}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"   \"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("text=Bonjour", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("Bonjour", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Malformed_message_is_refused_with_a_4xx_and_stores_nothing(string body, string contentType, HttpStatusCode expected)
    {
        var http = _host.CreateClient();
        var conversation = await new WidgetClient(http).OpenAsync();
        var before = Rows.All(_host);

        var response = await http.PostAsync($"/widget/api/conversations/{conversation}/messages", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Too_long_message_is_413_and_stores_nothing()
    {
        var http = _host.CreateClient();
        var conversation = await new WidgetClient(http).OpenAsync();
        var before = Rows.All(_host);

        var response = await http.PostAsJsonAsync($"/widget/api/conversations/{conversation}/messages", new { text = new string('a', 4001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
    }

    [Fact]
    public async Task Request_body_over_the_size_limit_is_413_and_stores_nothing()
    {
        var http = _host.CreateClient();
        var conversation = await new WidgetClient(http).OpenAsync();
        var before = Rows.All(_host);

        var response = await http.PostAsJsonAsync($"/widget/api/conversations/{conversation}/messages", new { text = new string('a', 200_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
    }
}
