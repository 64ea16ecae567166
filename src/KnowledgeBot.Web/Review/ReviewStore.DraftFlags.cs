using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Web.Review;

/// <summary>The CM's flags on drafts: stored with their audit entry, whatever the message's status (a draft may prove wrong after the reply left).</summary>
public sealed partial class ReviewStore
{
    /// <param name="note">The CM's optional word (checked by the caller); never in the audit entry.</param>
    public ReviewOutcome FlagDraft(long messageId, int draftRank, DraftFlagKind kind, string? note, string userName)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var stored = connection.Execute("""
            INSERT INTO draft_flags (message_id, draft_rank, kind, note, flagged_by, flagged_at)
            SELECT message_id, rank, $kind, $note, $u, $at FROM drafts WHERE message_id = $m AND rank = $rank
            """, ("$kind", kind.Wire()), ("$note", note), ("$u", userName), ("$at", SqliteCommands.Now()), ("$m", messageId), ("$rank", draftRank));
        if (stored == 0)
            return ReviewOutcome.NotFound;
        AuditLog.Record(connection, userName, AuditActions.DraftFlagged, Target(messageId), new { draft = draftRank + 1, kind = kind.Wire() });
        transaction.Commit();
        return ReviewOutcome.Done;
    }
}
