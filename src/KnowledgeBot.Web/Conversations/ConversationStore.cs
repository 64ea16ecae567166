using System.Text.Json;
using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace KnowledgeBot.Web.Conversations;

/// <summary>
/// Conversations the bot takes part in, keyed <c>channelId:conversationId</c>, with the Bot Framework
/// <see cref="ConversationReference"/> needed to reply later, and the transcript of widget conversations.
/// </summary>
public sealed class ConversationStore(KnowledgeBotDatabase database)
{
    public static string KeyOf(string channelId, string conversationId) => $"{channelId}:{conversationId}";

    public void Create(string key, string channelId)
    {
        using var connection = database.Open();
        var now = SqliteCommands.Now();
        connection.Execute("INSERT INTO conversations (id, channel_id, created_at, last_activity_at) VALUES ($id, $ch, $now, $now)",
            ("$id", key), ("$ch", channelId), ("$now", now));
    }

    public bool Exists(string key)
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM conversations WHERE id = $id", ("$id", key)) > 0;
    }

    /// <summary>Records (or refreshes) the reference the bot needs to reply to this conversation later.</summary>
    public void SaveReference(ConversationReference reference)
    {
        var key = KeyOf(reference.ChannelId, reference.Conversation.Id);
        using var connection = database.Open();
        var now = SqliteCommands.Now();
        connection.Execute("""
            INSERT INTO conversations (id, channel_id, reference, created_at, last_activity_at) VALUES ($id, $ch, $ref, $now, $now)
            ON CONFLICT(id) DO UPDATE SET reference = excluded.reference, last_activity_at = excluded.last_activity_at
            """, ("$id", key), ("$ch", reference.ChannelId), ("$ref", JsonConvert.SerializeObject(reference)), ("$now", now));
    }

    public ConversationReference? FindReference(string key)
    {
        using var connection = database.Open();
        var json = connection.Scalar<string?>("SELECT reference FROM conversations WHERE id = $id", ("$id", key));
        return json is null ? null : JsonConvert.DeserializeObject<ConversationReference>(json);
    }

    public long Append(string key, string role, string? text, IReadOnlyList<MaterialCard> cards)
    {
        using var connection = database.Open();
        return connection.Scalar<long>("""
            INSERT INTO transcript (conversation_id, role, text, cards, created_at) VALUES ($c, $role, $text, $cards, $at);
            UPDATE conversations SET last_activity_at = $at WHERE id = $c;
            SELECT last_insert_rowid();
            """, ("$c", key), ("$role", role), ("$text", text), ("$cards", System.Text.Json.JsonSerializer.Serialize(cards)), ("$at", SqliteCommands.Now()));
    }

    public IReadOnlyList<TranscriptEntry> Transcript(string key, long afterSeq = 0)
    {
        using var connection = database.Open();
        return connection.Query("SELECT seq, role, text, cards, created_at FROM transcript WHERE conversation_id = $c AND seq > $after ORDER BY seq",
            r => new TranscriptEntry(r.GetInt64(0), r.GetString(1), r.NullableString("text"),
                System.Text.Json.JsonSerializer.Deserialize<List<MaterialCard>>(r.GetString(3)) ?? [], r.Timestamp("created_at")),
            ("$c", key), ("$after", afterSeq));
    }
}
