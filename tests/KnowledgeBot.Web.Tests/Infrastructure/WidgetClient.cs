using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>Talks to the widget API the way widget.js does.</summary>
public sealed class WidgetClient(HttpClient http)
{
    public sealed record Card(string Title, string Text, string? Url);
    public sealed record Entry(long Seq, string Role, string? Text, List<Card> Cards);
    private sealed record Page(List<Entry> Messages);
    private sealed record Created(string ConversationId);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> OpenAsync()
    {
        var response = await http.PostAsJsonAsync("/widget/api/conversations", new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>(Json))!.ConversationId;
    }

    public async Task<List<Entry>> AskAsync(string conversationId, string text)
    {
        var response = await http.PostAsJsonAsync($"/widget/api/conversations/{conversationId}/messages", new { text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Page>(Json))!.Messages;
    }

    public async Task<List<Entry>> TranscriptAsync(string conversationId, long after = 0)
    {
        var response = await http.GetAsync($"/widget/api/conversations/{conversationId}/messages?after={after}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Page>(Json))!.Messages;
    }
}
