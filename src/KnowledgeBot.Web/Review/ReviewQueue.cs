using System.Text.Json;
using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Triage;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <summary>The CM's queue: incoming messages from every channel with their suggested drafts.</summary>
public sealed class ReviewQueue(KnowledgeBotDatabase database)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the message and its drafts in one transaction.</summary>
    public long Enqueue(string? conversationKey, Channel channel, string body, DraftSuggestion suggestion)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var id = connection.Scalar<long>("""
            INSERT INTO incoming_messages (conversation_id, channel, body, triage, distress_level, triage_evidence, department, committee, low_confidence, status, received_at)
            VALUES ($conv, $channel, $body, $triage, $level, $evidence, $dep, $committee, $low, $status, $at);
            SELECT last_insert_rowid();
            """,
            ("$conv", conversationKey), ("$channel", channel.ToString()), ("$body", body), ("$triage", suggestion.Triage.ToString()),
            ("$level", suggestion.Assessment.Level?.ToString()), ("$evidence", JsonSerializer.Serialize(suggestion.Assessment.Evidence, Json)),
            ("$dep", suggestion.Department), ("$committee", Serialize(suggestion.Committee)), ("$low", suggestion.IsLowConfidence ? 1 : 0),
            ("$status", QueueStatus.Pending), ("$at", SqliteCommands.Now()));
        for (var rank = 0; rank < suggestion.Drafts.Count; rank++)
        {
            var draft = suggestion.Drafts[rank];
            connection.Execute("""
                INSERT INTO drafts (message_id, rank, text, sources, committee, triage, confidence)
                VALUES ($m, $rank, $text, $sources, $committee, $triage, $conf)
                """,
                ("$m", id), ("$rank", rank), ("$text", draft.Text), ("$sources", JsonSerializer.Serialize(draft.Sources, Json)),
                ("$committee", Serialize(draft.Committee)), ("$triage", draft.Triage.ToString()), ("$conf", draft.Confidence));
        }
        transaction.Commit();
        return id;
    }

    /// <summary>Messages waiting for a decision: distress first (danger before concern), then the oldest.</summary>
    public IReadOnlyList<QueueItem> Inbox()
    {
        using var connection = database.Open();
        return connection.Query($"""
            SELECT * FROM incoming_messages WHERE status = $pending
            ORDER BY CASE WHEN triage = '{nameof(TriageLabel.Distress)}' AND distress_level = '{nameof(DistressLevel.Danger)}' THEN 0
                          WHEN triage = '{nameof(TriageLabel.Distress)}' THEN 1 ELSE 2 END, received_at, id
            """, ReadItem, ("$pending", QueueStatus.Pending));
    }

    public IReadOnlyList<QueueItem> RecentlyDecided(int count)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM incoming_messages WHERE status <> $pending ORDER BY decided_at DESC LIMIT $n",
            ReadItem, ("$pending", QueueStatus.Pending), ("$n", count));
    }

    public QueueItem? Find(long id)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM incoming_messages WHERE id = $id", ReadItem, ("$id", id)).SingleOrDefault();
    }

    /// <summary>The other messages of the same bot conversation, oldest first (the CM reads the question in its context).</summary>
    public IReadOnlyList<QueueItem> SameConversation(QueueItem item)
    {
        if (item.ConversationKey is null)
            return [];
        using var connection = database.Open();
        return connection.Query("SELECT * FROM incoming_messages WHERE conversation_id = $c AND id <> $id ORDER BY received_at, id",
            ReadItem, ("$c", item.ConversationKey), ("$id", item.Id));
    }

    public IReadOnlyList<StoredDraft> Drafts(long messageId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT rank, text, sources, committee, triage, confidence FROM drafts WHERE message_id = $m ORDER BY rank",
            r => new StoredDraft(r.GetInt32(0), r.NullableString("text"),
                JsonSerializer.Deserialize<List<DraftSource>>(r.GetString(2), Json) ?? [],
                Deserialize(r.NullableString("committee")), Enum.Parse<TriageLabel>(r.GetString(4)), r.GetDouble(5)),
            ("$m", messageId));
    }

    public IReadOnlyList<Decision> Decisions(long messageId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT user_name, action, reply_text, answer_id, decided_at FROM decisions WHERE message_id = $m ORDER BY id",
            r => new Decision(r.GetString(0), r.GetString(1), r.NullableString("reply_text"), r.NullableString("answer_id"), r.Timestamp("decided_at")),
            ("$m", messageId));
    }

    private static QueueItem ReadItem(SqliteDataReader r)
    {
        var decided = r.NullableString("decided_at");
        return new QueueItem(
            r.GetInt64(r.GetOrdinal("id")),
            r.NullableString("conversation_id"),
            Enum.Parse<Channel>(r.GetString(r.GetOrdinal("channel"))),
            r.NullableString("body"),
            Enum.Parse<TriageLabel>(r.GetString(r.GetOrdinal("triage"))),
            r.NullableString("distress_level") is { } level ? Enum.Parse<DistressLevel>(level) : null,
            r.NullableString("triage_evidence") is { } evidence ? JsonSerializer.Deserialize<List<TriageEvidence>>(evidence, Json) ?? [] : [],
            r.NullableString("department"),
            Deserialize(r.NullableString("committee")),
            r.GetInt64(r.GetOrdinal("low_confidence")) != 0,
            r.GetString(r.GetOrdinal("status")),
            r.NullableString("assigned_to"),
            r.Timestamp("received_at"),
            decided is null ? null : DateTimeOffset.Parse(decided, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Serialize(CommitteeReferral? committee) => committee is null ? null : JsonSerializer.Serialize(committee, Json);

    private static CommitteeReferral? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<CommitteeReferral>(json, Json);
}
