using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// The CM's requests for advice: asked while the message is pending, answered once (pending → answered, guarded by
/// the status in the transaction that records it), each with its audit entry; the texts stay out of the audit.
/// </summary>
public sealed partial class ReviewStore
{
    /// <returns>The request's id, or null when the message is not pending (decided meanwhile, or unknown).</returns>
    public long? AskAdvice(long messageId, AdviceRecipientKind kind, string recipient, string? note, string? draft, string userName)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var ids = connection.Query("""
            INSERT INTO advice_requests (message_id, recipient_kind, recipient, note, draft, requested_by, requested_at, status)
            SELECT id, $kind, $to, $note, $draft, $u, $at, $pending FROM incoming_messages WHERE id = $m AND status = $messagePending
            RETURNING id
            """, r => r.GetInt64(0),
            ("$kind", kind.Wire()), ("$to", recipient), ("$note", note), ("$draft", draft), ("$u", userName), ("$at", SqliteCommands.Now()),
            ("$pending", AdviceRequestStatus.Pending.Wire()), ("$m", messageId), ("$messagePending", MessageStatus.Pending.Wire()));
        if (ids.Count == 0)
            return null;
        AuditLog.Record(connection, userName, AuditActions.AdviceRequested, Target(messageId), new { to = $"{kind.Wire()}:{recipient}" });
        transaction.Commit();
        return ids[0];
    }

    /// <param name="answeredBy">The expert who answered, or the CM recording the committee's reply.</param>
    public ReviewOutcome AnswerAdvice(long requestId, string answer, string answeredBy)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var answered = connection.Query("""
            UPDATE advice_requests SET status = $answered, answer = $text, answered_by = $u, answered_at = $at
            WHERE id = $id AND status = $pending RETURNING message_id, recipient_kind
            """, r => (MessageId: r.GetInt64(0), Kind: r.GetString(1)),
            ("$answered", AdviceRequestStatus.Answered.Wire()), ("$text", answer), ("$u", answeredBy), ("$at", SqliteCommands.Now()),
            ("$id", requestId), ("$pending", AdviceRequestStatus.Pending.Wire()));
        if (answered.Count == 0)
            return connection.Scalar<long>("SELECT COUNT(*) FROM advice_requests WHERE id = $id", ("$id", requestId)) == 0
                ? ReviewOutcome.NotFound
                : ReviewOutcome.AlreadyDecided;
        AuditLog.Record(connection, answeredBy, AuditActions.AdviceAnswered, Target(answered[0].MessageId), new { request = requestId, from = answered[0].Kind });
        transaction.Commit();
        return ReviewOutcome.Done;
    }
}
