using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace KnowledgeBot.Web.Conversations;

/// <summary>
/// Conversations the bot takes part in, keyed <c>channelId:conversationId</c>: the Bot Framework
/// <see cref="ConversationReference"/> needed to reply later, what the bot remembers between turns (the place the
/// person gave), and the transcript of widget conversations. Writes made during a bot turn take the turn's connection.
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

    /// <summary>Records (or refreshes) the reference the bot needs to reply later, and the committee code of the place the person gave.</summary>
    public static void SaveReference(SqliteConnection connection, ConversationReference reference, string? knownDepartment)
    {
        var now = SqliteCommands.Now();
        connection.Execute("""
            INSERT INTO conversations (id, channel_id, reference, known_department, created_at, last_activity_at) VALUES ($id, $ch, $ref, $dep, $now, $now)
            ON CONFLICT(id) DO UPDATE SET reference = excluded.reference, known_department = excluded.known_department, last_activity_at = excluded.last_activity_at
            """, ("$id", KeyOf(reference.ChannelId, reference.Conversation.Id)), ("$ch", reference.ChannelId), ("$ref", JsonConvert.SerializeObject(reference)),
            ("$dep", knownDepartment), ("$now", now));
    }

    public ConversationReference? FindReference(string key)
    {
        using var connection = database.Open();
        var json = connection.Scalar<string?>("SELECT reference FROM conversations WHERE id = $id", ("$id", key));
        return json is null ? null : JsonConvert.DeserializeObject<ConversationReference>(json);
    }

    /// <summary>The committee code of the place the person gave earlier in the conversation, if any.</summary>
    public string? KnownDepartment(string key)
    {
        using var connection = database.Open();
        return connection.Scalar<string?>("SELECT known_department FROM conversations WHERE id = $id", ("$id", key));
    }

    /// <summary>Adds a line to a widget transcript; a line whose activity id is already there is not added again (a retried delivery).</summary>
    public static void Append(SqliteConnection connection, string key, string role, string? text, string activityId, IReadOnlyList<MaterialCard> cards)
    {
        var now = SqliteCommands.Now();
        connection.Execute("""
            INSERT INTO transcript (conversation_id, role, text, cards, activity_id, created_at) VALUES ($c, $role, $text, $cards, $act, $at)
            ON CONFLICT(activity_id) WHERE activity_id IS NOT NULL DO NOTHING;
            UPDATE conversations SET last_activity_at = $at WHERE id = $c;
            """, ("$c", key), ("$role", role), ("$text", text), ("$cards", System.Text.Json.JsonSerializer.Serialize(cards)), ("$act", activityId), ("$at", now));
    }

    /// <summary>The sequence number of the conversation's last line (0 when it has none).</summary>
    public long LastSeq(string key)
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COALESCE(MAX(seq), 0) FROM transcript WHERE conversation_id = $c", ("$c", key));
    }

    public IReadOnlyList<TranscriptEntry> Transcript(string key, long afterSeq = 0)
    {
        using var connection = database.Open();
        return connection.Query("SELECT seq, role, text, cards, created_at FROM transcript WHERE conversation_id = $c AND seq > $after ORDER BY seq",
            r => new TranscriptEntry(r.GetInt64(0), r.GetString(1), r.NullableString("text"),
                System.Text.Json.JsonSerializer.Deserialize<List<MaterialCard>>(r.GetString(3)) ?? [], r.Timestamp("created_at")),
            ("$c", key), ("$after", afterSeq));
    }

    /// <summary>Forgets the text and cards of transcript lines written before the cutoff (in the caller's transaction).</summary>
    public static void ForgetBefore(SqliteConnection connection, string cutoff) =>
        connection.Execute("UPDATE transcript SET text = NULL, cards = '[]' WHERE (text IS NOT NULL OR cards <> '[]') AND created_at < $cutoff", ("$cutoff", cutoff));
}
