using System.Text.Json;
using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Triage;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <summary>The CM's queue, read side: incoming messages from every channel, their drafts and the flags on them, decisions and outgoing replies (<see cref="ReviewStore"/> writes them).</summary>
public sealed class ReviewQueue(KnowledgeBotDatabase database)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Messages waiting for a decision, in the order of <see cref="TriageLabels.QueueOrder"/> (distress first, danger before concern), then the oldest.</summary>
    public IReadOnlyList<QueueItem> Inbox()
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM incoming_messages WHERE status = $pending", ReadItem, ("$pending", MessageStatus.Pending.Wire()))
            .OrderBy(i => TriageLabels.QueueOrder(i.Triage, i.Level)).ThenBy(i => i.ReceivedAt).ThenBy(i => i.Id)
            .ToList();
    }

    public IReadOnlyList<QueueItem> RecentlyDecided(int count)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM incoming_messages WHERE status <> $pending ORDER BY decided_at DESC LIMIT $n",
            ReadItem, ("$pending", MessageStatus.Pending.Wire()), ("$n", count));
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

    /// <summary>The flags on a message's drafts, oldest first.</summary>
    public IReadOnlyList<DraftFlag> Flags(long messageId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT draft_rank, kind, note, flagged_by, flagged_at FROM draft_flags WHERE message_id = $m ORDER BY id",
            r => new DraftFlag(messageId, r.GetInt32(0), DraftFlagKinds.ParseWire(r.GetString(1))!.Value, r.NullableString("note"), r.GetString(3), r.Timestamp("flagged_at")),
            ("$m", messageId));
    }

    /// <summary>The requests for advice on a message, oldest first.</summary>
    public IReadOnlyList<AdviceRequest> AdviceRequests(long messageId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM advice_requests WHERE message_id = $m ORDER BY id", ReadAdvice, ("$m", messageId));
    }

    public AdviceRequest? FindAdviceRequest(long requestId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM advice_requests WHERE id = $id", ReadAdvice, ("$id", requestId)).SingleOrDefault();
    }

    /// <summary>The questions forwarded to experts and not answered yet, oldest first: to this expert, or to every expert when null (an admin's view).</summary>
    public IReadOnlyList<AdviceRequest> PendingAdvice(string? expert)
    {
        using var connection = database.Open();
        return connection.Query("""
            SELECT * FROM advice_requests WHERE status = $pending AND recipient_kind = $expert AND ($to IS NULL OR recipient = $to COLLATE NOCASE)
            ORDER BY requested_at, id
            """, ReadAdvice, ("$pending", AdviceRequestStatus.Pending.Wire()), ("$expert", AdviceRecipientKind.Expert.Wire()), ("$to", expert));
    }

    /// <summary>For each pending message with requests for advice, whether one is still unanswered (the inbox shows « avis demandé » or « avis reçu »).</summary>
    public IReadOnlyDictionary<long, AdviceRequestStatus> AdviceOnPendingMessages()
    {
        using var connection = database.Open();
        return connection.Query("""
            SELECT a.message_id, min(a.status = $answered) FROM advice_requests a JOIN incoming_messages m ON m.id = a.message_id
            WHERE m.status = $pending GROUP BY a.message_id
            """, r => (Id: r.GetInt64(0), AllAnswered: r.GetInt64(1) == 1),
            ("$answered", AdviceRequestStatus.Answered.Wire()), ("$pending", MessageStatus.Pending.Wire()))
            .ToDictionary(p => p.Id, p => p.AllAnswered ? AdviceRequestStatus.Answered : AdviceRequestStatus.Pending);
    }

    private static AdviceRequest ReadAdvice(SqliteDataReader r) => new(
        r.GetInt64(r.GetOrdinal("id")),
        r.GetInt64(r.GetOrdinal("message_id")),
        AdviceRequestWire.ParseKind(r.GetString(r.GetOrdinal("recipient_kind"))),
        r.GetString(r.GetOrdinal("recipient")),
        r.NullableString("note"),
        r.NullableString("draft"),
        r.GetString(r.GetOrdinal("requested_by")),
        r.Timestamp("requested_at"),
        AdviceRequestWire.ParseStatus(r.GetString(r.GetOrdinal("status"))),
        r.NullableString("answer"),
        r.NullableString("answered_by"),
        r.NullableTimestamp("answered_at"));

    /// <summary>The approved reply of a message in the outbox, sent or not.</summary>
    public OutgoingReply? Reply(long messageId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM outbox WHERE message_id = $m", ReadReply, ("$m", messageId)).SingleOrDefault();
    }

    /// <summary>Approved replies not delivered yet whose next attempt is due, oldest first.</summary>
    public IReadOnlyList<OutgoingReply> DueReplies(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $now ORDER BY id",
            ReadReply, ("$now", now.ToUniversalTime().ToString("O")));
    }

    private static OutgoingReply ReadReply(SqliteDataReader r) => new(
        r.GetInt64(r.GetOrdinal("id")),
        r.GetInt64(r.GetOrdinal("message_id")),
        r.GetString(r.GetOrdinal("conversation_id")),
        r.GetString(r.GetOrdinal("activity_id")),
        r.NullableString("text"),
        r.GetInt32(r.GetOrdinal("attempts")),
        r.NullableString("last_failure"),
        r.Timestamp("next_attempt_at"),
        r.NullableTimestamp("sent_at"));

    private static QueueItem ReadItem(SqliteDataReader r) =>
        new(
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
            MessageStatusWire.ParseWire(r.GetString(r.GetOrdinal("status"))),
            r.NullableString("assigned_to"),
            r.Timestamp("received_at"),
            r.NullableTimestamp("decided_at"));

    private static CommitteeReferral? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<CommitteeReferral>(json, Json);
}
