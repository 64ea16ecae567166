using System.Diagnostics;
using System.Net.Http.Json;
using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// Load on the bot endpoint: <c>concurrency</c> conversations at once, each sending its turns one after the
/// other as Bot Framework message activities with <c>deliveryMode: expectReplies</c> (the reply comes back in
/// the HTTP response, so a turn's latency is the bot's whole work). Bounded in turns and in time.
/// </summary>
public sealed class ConversationLoad(HttpClient client, Uri endpoint, IReadOnlyList<string> messages)
{
    /// <param name="Latency">Of the turns the bot answered (a failed turn has no meaningful latency).</param>
    /// <param name="FirstError">What the first failed turn got (status code or exception), for the report.</param>
    public sealed record Outcome(int Turns, int Errors, double WallSeconds, LatencyStats Latency, string? FirstError);

    public async Task<Outcome> RunAsync(int concurrency, int turnsPerConversation, string runId, CancellationToken cancellationToken)
    {
        var latencies = new double[concurrency][];
        var errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async conversation =>
        {
            var mine = new List<double>(turnsPerConversation);
            for (var turn = 0; turn < turnsPerConversation; turn++)
            {
                var message = messages[(conversation * turnsPerConversation + turn) % messages.Count];
                var start = Stopwatch.GetTimestamp();
                if (await SendAsync($"bench-{runId}-{conversation}", $"{turn}", message, cancellationToken) is { } error)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                    continue;
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            latencies[conversation] = [.. mine];
        }));
        clock.Stop();
        return new Outcome(concurrency * turnsPerConversation, errors, clock.Elapsed.TotalSeconds, LatencyStats.Of([.. latencies.SelectMany(l => l)]), firstError);
    }

    /// <returns>Null when the bot answered, else what went wrong.</returns>
    private async Task<string?> SendAsync(string conversationId, string turnId, string text, CancellationToken cancellationToken)
    {
        var activity = new
        {
            type = "message",
            id = $"{conversationId}-{turnId}",
            timestamp = DateTimeOffset.UtcNow,
            channelId = "webchat",
            serviceUrl = endpoint.GetLeftPart(UriPartial.Authority) + "/",
            from = new { id = $"user-{conversationId}", name = "Bench" },
            recipient = new { id = "knowledgebot", name = "KnowledgeBot" },
            conversation = new { id = conversationId },
            locale = "fr-FR",
            text,
            deliveryMode = "expectReplies",
        };
        try
        {
            using var response = await client.PostAsJsonAsync(endpoint, activity, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return null;
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {client.Timeout.TotalSeconds:N0} s";
        }
    }
}
