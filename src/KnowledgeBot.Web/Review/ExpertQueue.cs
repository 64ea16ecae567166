using System.Text.Json;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Review;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Review;

/// <summary>The expert's queue, read side: the approved answers and their review (<see cref="ReviewStore"/> writes them).</summary>
public sealed class ExpertQueue(KnowledgeBotDatabase database)
{
    /// <summary>The answers waiting for an expert, oldest approval first.</summary>
    public IReadOnlyList<StoredAnswer> PendingValidation()
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM approved_answers WHERE status = $pending ORDER BY approved_at, id", Read,
            ("$pending", ApprovedAnswerStatus.PendingValidation.Wire()));
    }

    public StoredAnswer? Find(string id)
    {
        using var connection = database.Open();
        return connection.Query("SELECT * FROM approved_answers WHERE id = $id", Read, ("$id", id)).SingleOrDefault();
    }

    private static StoredAnswer Read(SqliteDataReader r) => new(
        r.GetString(r.GetOrdinal("id")),
        r.GetInt64(r.GetOrdinal("message_id")),
        r.NullableString("question"),
        r.GetString(r.GetOrdinal("answer")),
        JsonSerializer.Deserialize<List<string>>(r.GetString(r.GetOrdinal("refs"))) ?? [],
        r.GetString(r.GetOrdinal("approved_by")),
        r.Timestamp("approved_at"),
        ApprovedAnswerStatusWire.ParseWire(r.GetString(r.GetOrdinal("status"))),
        r.NullableString("reviewed_by"),
        r.NullableTimestamp("reviewed_at"),
        r.NullableString("superseded_by"));
}
