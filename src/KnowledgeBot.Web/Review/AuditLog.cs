using System.Text.Json;
using KnowledgeBot.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

public sealed record AuditEntry(DateTimeOffset At, string UserName, string Action, string? Target, string? Details);

/// <summary>Who did what, when, and what changed. Written in the same transaction as the change it records.</summary>
public sealed class AuditLog(KnowledgeBotDatabase database)
{
    public static void Record(SqliteConnection connection, string userName, string action, string? target, object? details) =>
        connection.Execute("INSERT INTO audit_log (at, user_name, action, target, details) VALUES ($at, $u, $a, $t, $d)",
            ("$at", SqliteCommands.Now()), ("$u", userName), ("$a", action), ("$t", target),
            ("$d", details is null ? null : JsonSerializer.Serialize(details, ReviewQueue.Json)));

    public void Record(string userName, string action, string? target, object? details)
    {
        using var connection = database.Open();
        Record(connection, userName, action, target, details);
    }

    public IReadOnlyList<AuditEntry> Latest(int count)
    {
        using var connection = database.Open();
        return connection.Query("SELECT at, user_name, action, target, details FROM audit_log ORDER BY id DESC LIMIT $n",
            r => new AuditEntry(r.Timestamp("at"), r.GetString(1), r.GetString(2), r.NullableString("target"), r.NullableString("details")),
            ("$n", count));
    }
}
