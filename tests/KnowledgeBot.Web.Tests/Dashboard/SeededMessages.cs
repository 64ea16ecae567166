using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Dashboard;

/// <summary>
/// Messages put in the queue the way a CM does it (pasted, approved or rejected in the console), then moved to known
/// times in the past, so that a period of their own holds them and nothing the other tests add.
/// </summary>
public static class SeededMessages
{
    public static async Task<long> PasteAsync(ConsoleSession session, string channel, string text)
    {
        var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = channel, ["text"] = text });
        Assert.True(created.Headers.Location is not null, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        return long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static Task ApproveAsync(ConsoleSession session, long id, string reply) =>
        session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/approve", new() { ["text"] = reply });

    public static Task RejectAsync(ConsoleSession session, long id) =>
        session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/reject", new() { ["reason"] = "doublon" });

    /// <param name="decidedAfterSeconds">When its decision was taken, counted from its arrival (the message must be decided).</param>
    public static void Place(RunningHost host, long id, string receivedAt, double? decidedAfterSeconds = null)
    {
        var received = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        using var connection = host.Get<KnowledgeBotDatabase>().Open();
        connection.Execute("UPDATE incoming_messages SET received_at = $at WHERE id = $id", ("$at", received.ToString("O")), ("$id", id));
        if (decidedAfterSeconds is { } seconds)
        {
            var decided = received.AddSeconds(seconds).ToString("O");
            Assert.Equal(1, connection.Execute("UPDATE incoming_messages SET decided_at = $at WHERE id = $id AND decided_at IS NOT NULL", ("$at", decided), ("$id", id)));
            connection.Execute("UPDATE decisions SET decided_at = $at WHERE message_id = $id", ("$at", decided), ("$id", id));
        }
    }
}
