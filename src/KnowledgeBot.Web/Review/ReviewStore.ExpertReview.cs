using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Review;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// The experts' decisions on approved answers. Each is one transaction that first claims the answer by its status
/// (pending validation → validated or rejected; validated → superseded) and then records the rest and the audit
/// entry: of two experts acting at once, one claims it and the other is told it is decided, nothing applied twice.
/// </summary>
public sealed partial class ReviewStore
{
    /// <param name="editedAnswer">The text as the expert corrected it (masked), or null to validate it as the CM approved it.</param>
    public ReviewOutcome Validate(string answerId, string expert, string? editedAnswer, int maskedItems)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute("""
            UPDATE approved_answers SET status = $validated, answer = coalesce($text, answer), reviewed_by = $u, reviewed_at = $at
            WHERE id = $id AND status = $pending
            """, ("$validated", ApprovedAnswerStatus.Validated.Wire()), ("$text", editedAnswer), ("$u", expert), ("$at", SqliteCommands.Now()),
            ("$id", answerId), ("$pending", ApprovedAnswerStatus.PendingValidation.Wire()));
        if (changed == 0)
            return Unreviewed(connection, answerId);
        AuditLog.Record(connection, expert, AuditActions.AnswerValidated, answerId, new { textEdited = editedAnswer is not null, maskedItems });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    /// <summary>The answer is not knowledge: it stays the reply that was sent, and is no past answer.</summary>
    public ReviewOutcome RejectAnswer(string answerId, string expert)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute("UPDATE approved_answers SET status = $rejected, reviewed_by = $u, reviewed_at = $at WHERE id = $id AND status = $pending",
            ("$rejected", ApprovedAnswerStatus.Rejected.Wire()), ("$u", expert), ("$at", SqliteCommands.Now()),
            ("$id", answerId), ("$pending", ApprovedAnswerStatus.PendingValidation.Wire()));
        if (changed == 0)
            return Unreviewed(connection, answerId);
        AuditLog.Record(connection, expert, AuditActions.AnswerRejected, answerId, null);
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    /// <summary>Replaces a validated answer by a successor the expert wrote (validated at once; same question and sources).</summary>
    /// <returns>The outcome, and the successor's id when done.</returns>
    public (ReviewOutcome Outcome, string? SuccessorId) Supersede(string answerId, string expert, string newAnswer, int maskedItems)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = SqliteCommands.Now();
        var claimed = connection.Query("""
            UPDATE approved_answers SET status = $superseded, reviewed_by = $u, reviewed_at = $at WHERE id = $id AND status = $validated
            RETURNING message_id, question, refs
            """, r => (MessageId: r.GetInt64(0), Question: r.NullableString("question"), References: r.GetString(2)),
            ("$superseded", ApprovedAnswerStatus.Superseded.Wire()), ("$u", expert), ("$at", now),
            ("$id", answerId), ("$validated", ApprovedAnswerStatus.Validated.Wire()));
        if (claimed.Count == 0)
            return (Unreviewed(connection, answerId), null);

        var old = claimed[0];
        var version = (int)connection.Scalar<long>("SELECT COUNT(*) FROM approved_answers WHERE message_id = $m", ("$m", old.MessageId)) + 1;
        var successor = ApprovedAnswer.IdFor(old.MessageId, version);
        connection.Execute("UPDATE approved_answers SET superseded_by = $s WHERE id = $id", ("$s", successor), ("$id", answerId));
        connection.Execute("""
            INSERT INTO approved_answers (id, message_id, question, answer, refs, approved_by, approved_at, status, reviewed_by, reviewed_at)
            VALUES ($id, $m, $q, $a, $r, $u, $at, $validated, $u, $at)
            """, ("$id", successor), ("$m", old.MessageId), ("$q", old.Question), ("$a", newAnswer), ("$r", old.References), ("$u", expert), ("$at", now),
            ("$validated", ApprovedAnswerStatus.Validated.Wire()));
        AuditLog.Record(connection, expert, AuditActions.AnswerSuperseded, answerId, new { successor, maskedItems });
        transaction.Commit();
        return (ReviewOutcome.Done, successor);
    }

    /// <summary>
    /// Several approved answers to the same question become one past answer: the one kept is validated (with the text
    /// the expert wrote for the group), the others are superseded by it. All of them must still wait for validation:
    /// if one was decided meanwhile, nothing is applied.
    /// </summary>
    public ReviewOutcome Merge(string keptId, IReadOnlyList<string> otherIds, string expert, string mergedAnswer, int maskedItems)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = SqliteCommands.Now();
        var kept = connection.Execute("""
            UPDATE approved_answers SET status = $validated, answer = $text, reviewed_by = $u, reviewed_at = $at WHERE id = $id AND status = $pending
            """, ("$validated", ApprovedAnswerStatus.Validated.Wire()), ("$text", mergedAnswer), ("$u", expert), ("$at", now),
            ("$id", keptId), ("$pending", ApprovedAnswerStatus.PendingValidation.Wire()));
        if (kept == 0)
            return Unreviewed(connection, keptId);
        foreach (var other in otherIds)
        {
            var superseded = connection.Execute("""
                UPDATE approved_answers SET status = $superseded, superseded_by = $kept, reviewed_by = $u, reviewed_at = $at WHERE id = $id AND status = $pending
                """, ("$superseded", ApprovedAnswerStatus.Superseded.Wire()), ("$kept", keptId), ("$u", expert), ("$at", now),
                ("$id", other), ("$pending", ApprovedAnswerStatus.PendingValidation.Wire()));
            if (superseded == 0)
                return Unreviewed(connection, other);
        }
        AuditLog.Record(connection, expert, AuditActions.AnswersMerged, keptId, new { merged = otherIds, maskedItems });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    private static ReviewOutcome Unreviewed(SqliteConnection connection, string answerId) =>
        connection.Scalar<long>("SELECT COUNT(*) FROM approved_answers WHERE id = $id", ("$id", answerId)) == 0
            ? ReviewOutcome.NotFound
            : ReviewOutcome.AlreadyDecided;
}
