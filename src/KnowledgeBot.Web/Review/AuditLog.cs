using System.Text.Json;
using KnowledgeBot.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <param name="Details">What changed, without what anyone wrote (kept for the audit).</param>
/// <param name="Content">The texts involved (draft, reply sent, reject reason): forgotten with the message at retention.</param>
public sealed record AuditEntry(DateTimeOffset At, string UserName, string Action, string? Target, string? Details, string? Content);

/// <summary>Who did what, when, and what changed. Written in the same transaction as the change it records.</summary>
public sealed class AuditLog(KnowledgeBotDatabase database)
{
    public static void Record(SqliteConnection connection, string userName, string action, string? target, object? details, object? content = null) =>
        connection.Execute("INSERT INTO audit_log (at, user_name, action, target, details, content) VALUES ($at, $u, $a, $t, $d, $c)",
            ("$at", SqliteCommands.Now()), ("$u", userName), ("$a", action), ("$t", target), ("$d", Serialize(details)), ("$c", Serialize(content)));

    public void Record(string userName, string action, string? target, object? details)
    {
        using var connection = database.Open();
        Record(connection, userName, action, target, details);
    }

    /// <summary>Forgets the texts recorded about messages received before the cutoff (in the caller's transaction).</summary>
    public static void ForgetContentBefore(SqliteConnection connection, string cutoff) =>
        connection.Execute("""
            UPDATE audit_log SET content = NULL WHERE content IS NOT NULL
              AND target IN (SELECT 'message:' || id FROM incoming_messages WHERE received_at < $cutoff)
            """, ("$cutoff", cutoff));

    /// <summary>One page of the log, newest first.</summary>
    /// <param name="decisions">True: only decisions on messages, answers and drafts, and requests for advice; false: only sign-ins and accounts; null: everything.</param>
    /// <param name="userName">Only this user's entries, when given.</param>
    /// <returns>The entries, and whether older ones follow.</returns>
    public (IReadOnlyList<AuditEntry> Entries, bool More) Page(bool? decisions, string? userName, int page, int size)
    {
        using var connection = database.Open();
        var entries = connection.Query("""
            SELECT at, user_name, action, target, details, content FROM audit_log
            WHERE ($decisions IS NULL OR (action LIKE $messages OR action LIKE $answers OR action LIKE $drafts OR action LIKE $advice) = $decisions) AND ($user IS NULL OR user_name = $user COLLATE NOCASE)
            ORDER BY id DESC LIMIT $n OFFSET $skip
            """,
            r => new AuditEntry(r.Timestamp("at"), r.GetString(1), r.GetString(2), r.NullableString("target"), r.NullableString("details"), r.NullableString("content")),
            ("$decisions", decisions), ("$messages", AuditActions.MessagePrefix + "%"), ("$answers", AuditActions.AnswerPrefix + "%"), ("$drafts", AuditActions.DraftPrefix + "%"), ("$advice", AuditActions.AdvicePrefix + "%"),
            ("$user", string.IsNullOrWhiteSpace(userName) ? null : userName.Trim()),
            ("$n", size + 1), ("$skip", Math.Max(0, page - 1) * size));
        return (entries.Take(size).ToList(), entries.Count > size);
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, ReviewQueue.Json);
}
