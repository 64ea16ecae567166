using System.Text.Json;
using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Review;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <summary>What the CM approved: the reply sent, and the (question, answer) pair kept as knowledge once personal data is masked.</summary>
/// <param name="DraftEditDistance">How much the reply differs from the nearest draft (<see cref="Core.Review.DraftEditDistance"/>); null without drafts.</param>
/// <param name="ValidatedBy">The expert whose answer to a request for advice is sent unchanged: the answer is knowledge validated by them at once.</param>
public sealed record Approval(long MessageId, string UserName, string Reply, string? Draft, string KnowledgeQuestion, string KnowledgeAnswer,
    IReadOnlyList<string> References, int MaskedItems, double? DraftEditDistance = null, string? ValidatedBy = null);

/// <summary>
/// The one owner of a queued message's life: it alone writes incoming messages, their drafts, the decisions, the
/// outbox of approved replies, the approved answers, the flags on drafts and the requests for advice, and each <see cref="MessageStatus"/> transition is guarded
/// here, in the same transaction as what it records. <see cref="ReviewQueue"/> reads them. The experts' review of the
/// approved answers is in ReviewStore.ExpertReview.cs, the flags on drafts in ReviewStore.DraftFlags.cs, the requests for advice in ReviewStore.AdviceRequests.cs.
/// </summary>
public sealed partial class ReviewStore(KnowledgeBotDatabase database)
{
    /// <summary>Stores a received message and its drafts (in the caller's transaction: a bot turn stores them with its transcript lines).</summary>
    public static long Receive(SqliteConnection connection, string? conversationKey, Channel channel, string body, DraftSuggestion suggestion)
    {
        var id = connection.Scalar<long>("""
            INSERT INTO incoming_messages (conversation_id, channel, body, triage, distress_level, triage_evidence, department, committee, low_confidence, status, received_at)
            VALUES ($conv, $channel, $body, $triage, $level, $evidence, $dep, $committee, $low, $status, $at);
            SELECT last_insert_rowid();
            """,
            ("$conv", conversationKey), ("$channel", channel.ToString()), ("$body", body), ("$triage", suggestion.Triage.ToString()),
            ("$level", suggestion.Assessment.Level?.ToString()), ("$evidence", JsonSerializer.Serialize(suggestion.Assessment.Evidence, ReviewQueue.Json)),
            ("$dep", suggestion.Department), ("$committee", Serialize(suggestion.Committee)), ("$low", suggestion.IsLowConfidence ? 1 : 0),
            ("$status", MessageStatus.Pending.Wire()), ("$at", SqliteCommands.Now()));
        for (var rank = 0; rank < suggestion.Drafts.Count; rank++)
        {
            var draft = suggestion.Drafts[rank];
            connection.Execute("""
                INSERT INTO drafts (message_id, rank, text, sources, committee, triage, confidence)
                VALUES ($m, $rank, $text, $sources, $committee, $triage, $conf)
                """,
                ("$m", id), ("$rank", rank), ("$text", draft.Text), ("$sources", JsonSerializer.Serialize(draft.Sources, ReviewQueue.Json)),
                ("$committee", Serialize(draft.Committee)), ("$triage", draft.Triage.ToString()), ("$conf", draft.Confidence));
        }
        return id;
    }

    /// <summary>A message the CM pasted from a channel that is not connected, with its drafts and the audit entry.</summary>
    public long Paste(string userName, Channel channel, string body, DraftSuggestion suggestion)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var id = Receive(connection, null, channel, body, suggestion);
        AuditLog.Record(connection, userName, AuditActions.MessagePasted, Target(id), new { channel = channel.ToString(), triage = suggestion.Triage.ToString() });
        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Claims the pending message and, in the same transaction, records the decision, the approved answer, the audit
    /// entry and (for a connected conversation) the reply in the outbox, with its activity id fixed now.
    /// Of two CMs approving at once, one claims it; the other is told it is decided and nothing more is written.
    /// </summary>
    /// <returns>The outcome, and the reply to deliver (null when there is no conversation, or nothing was claimed).</returns>
    public (ReviewOutcome Outcome, OutgoingReply? Reply) Approve(Approval approval)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = SqliteCommands.Now();
        var claimed = connection.Query("""
            UPDATE incoming_messages SET status = CASE WHEN conversation_id IS NULL THEN $sent ELSE $sending END, decided_at = $at
            WHERE id = $id AND status = $pending RETURNING conversation_id
            """, r => (ConversationKey: r.NullableString("conversation_id"), Found: true),
            ("$sent", MessageStatus.Sent.Wire()), ("$sending", MessageStatus.Sending.Wire()), ("$at", now),
            ("$id", approval.MessageId), ("$pending", MessageStatus.Pending.Wire()));
        if (claimed.Count == 0)
            return (Unclaimed(connection, approval.MessageId), null);

        var answerId = ApprovedAnswer.IdFor(approval.MessageId);
        connection.Execute("""
            INSERT INTO decisions (message_id, user_name, action, reply_text, answer_id, decided_at, draft_edit_distance) VALUES ($m, $u, 'approved', $t, $a, $at, $e)
            """,
            ("$m", approval.MessageId), ("$u", approval.UserName), ("$t", approval.Reply), ("$a", answerId), ("$at", now), ("$e", approval.DraftEditDistance));
        connection.Execute("""
            INSERT INTO approved_answers (id, message_id, question, answer, refs, approved_by, approved_at, status, reviewed_by, reviewed_at)
            VALUES ($id, $m, $q, $a, $r, $u, $at, $status, $expert, CASE WHEN $expert IS NULL THEN NULL ELSE $at END)
            """,
            ("$id", answerId), ("$m", approval.MessageId), ("$q", approval.KnowledgeQuestion), ("$a", approval.KnowledgeAnswer),
            ("$r", JsonSerializer.Serialize(approval.References)), ("$u", approval.UserName), ("$at", now),
            ("$status", (approval.ValidatedBy is null ? ApprovedAnswerStatus.PendingValidation : ApprovedAnswerStatus.Validated).Wire()), ("$expert", approval.ValidatedBy));
        OutgoingReply? reply = null;
        if (claimed[0].ConversationKey is { } conversation)
        {
            var activityId = Guid.NewGuid().ToString("N");
            var outboxId = connection.Scalar<long>("""
                INSERT INTO outbox (message_id, conversation_id, activity_id, text, next_attempt_at, created_at) VALUES ($m, $c, $act, $t, $at, $at);
                SELECT last_insert_rowid();
                """, ("$m", approval.MessageId), ("$c", conversation), ("$act", activityId), ("$t", approval.Reply), ("$at", now));
            reply = new OutgoingReply(outboxId, approval.MessageId, conversation, activityId, approval.Reply, 0, null, DateTimeOffset.Parse(now), null);
        }
        AuditLog.Record(connection, approval.UserName, AuditActions.MessageApproved, Target(approval.MessageId),
            new { edited = approval.Draft?.Trim() != approval.Reply, deliveredThroughBot = reply is not null, answerId, maskedItems = approval.MaskedItems, validatedBy = approval.ValidatedBy },
            new { draft = approval.Draft, sent = approval.Reply });
        transaction.Commit();
        return (ReviewOutcome.Done, reply);
    }

    public ReviewOutcome Reject(long messageId, string userName, string? reason)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = SqliteCommands.Now();
        var changed = connection.Execute("UPDATE incoming_messages SET status = $s, decided_at = $at WHERE id = $id AND status = $pending",
            ("$s", MessageStatus.Rejected.Wire()), ("$at", now), ("$id", messageId), ("$pending", MessageStatus.Pending.Wire()));
        if (changed == 0)
            return Unclaimed(connection, messageId);
        connection.Execute("INSERT INTO decisions (message_id, user_name, action, reply_text, decided_at) VALUES ($m, $u, 'rejected', NULL, $at)",
            ("$m", messageId), ("$u", userName), ("$at", now));
        AuditLog.Record(connection, userName, AuditActions.MessageRejected, Target(messageId), null, new { reason });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    /// <param name="assignee">A known user's name, as the user store spells it.</param>
    public ReviewOutcome Assign(long messageId, string userName, string assignee)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var previous = connection.Query("SELECT assigned_to FROM incoming_messages WHERE id = $id AND status = $pending",
            r => r.NullableString("assigned_to"), ("$id", messageId), ("$pending", MessageStatus.Pending.Wire()));
        if (previous.Count == 0)
            return Unclaimed(connection, messageId);
        connection.Execute("UPDATE incoming_messages SET assigned_to = $a WHERE id = $id", ("$a", assignee), ("$id", messageId));
        AuditLog.Record(connection, userName, AuditActions.MessageAssigned, Target(messageId), new { from = previous[0], to = assignee });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    /// <summary>The conversation has the reply: sending → sent (in the caller's transaction: the widget stores it with the transcript line).</summary>
    public static void MarkSent(SqliteConnection connection, OutgoingReply reply)
    {
        var now = SqliteCommands.Now();
        connection.Execute("UPDATE outbox SET sent_at = $at WHERE id = $id AND sent_at IS NULL", ("$at", now), ("$id", reply.Id));
        connection.Execute("UPDATE incoming_messages SET status = $sent WHERE id = $m AND status = $sending",
            ("$sent", MessageStatus.Sent.Wire()), ("$m", reply.MessageId), ("$sending", MessageStatus.Sending.Wire()));
    }

    /// <param name="failure">What failed, without any text of the conversation (an exception type, a status code).</param>
    public void RecordFailedAttempt(OutgoingReply reply, string failure, DateTimeOffset nextAttemptAt)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET attempts = attempts + 1, last_failure = $f, next_attempt_at = $next WHERE id = $id AND sent_at IS NULL",
            ("$f", failure), ("$next", nextAttemptAt.ToUniversalTime().ToString("O")), ("$id", reply.Id));
    }

    /// <summary>
    /// Forgets what people wrote and what was written to them about messages received before the cutoff: bodies and
    /// triage evidence, drafts and the words of their flags, the texts of advice requests and their answers, the texts of decisions and of delivered replies (in the caller's transaction).
    /// </summary>
    /// <returns>How many message bodies were deleted.</returns>
    public static int ForgetBefore(SqliteConnection connection, string cutoff, string now)
    {
        var deleted = connection.Execute(
            "UPDATE incoming_messages SET body = NULL, triage_evidence = NULL, body_deleted_at = $now WHERE body IS NOT NULL AND received_at < $cutoff",
            ("$now", now), ("$cutoff", cutoff));
        const string expired = "SELECT id FROM incoming_messages WHERE received_at < $cutoff";
        connection.Execute($"UPDATE drafts SET text = NULL WHERE text IS NOT NULL AND message_id IN ({expired})", ("$cutoff", cutoff));
        connection.Execute($"UPDATE decisions SET reply_text = NULL WHERE reply_text IS NOT NULL AND message_id IN ({expired})", ("$cutoff", cutoff));
        connection.Execute($"UPDATE outbox SET text = NULL WHERE text IS NOT NULL AND sent_at IS NOT NULL AND message_id IN ({expired})", ("$cutoff", cutoff));
        connection.Execute($"UPDATE draft_flags SET note = NULL WHERE note IS NOT NULL AND message_id IN ({expired})", ("$cutoff", cutoff));
        connection.Execute($"UPDATE advice_requests SET note = NULL, draft = NULL, answer = NULL WHERE message_id IN ({expired}) AND (note IS NOT NULL OR draft IS NOT NULL OR answer IS NOT NULL)",
            ("$cutoff", cutoff));
        return deleted;
    }

    private static ReviewOutcome Unclaimed(SqliteConnection connection, long messageId) =>
        connection.Scalar<long>("SELECT COUNT(*) FROM incoming_messages WHERE id = $id", ("$id", messageId)) == 0
            ? ReviewOutcome.NotFound
            : ReviewOutcome.AlreadyDecided;

    internal static string Target(long messageId) => $"message:{messageId}";

    private static string? Serialize(CommitteeReferral? committee) => committee is null ? null : JsonSerializer.Serialize(committee, ReviewQueue.Json);
}
