using System.Text.Json;
using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>The messages received in a period, read for the dashboard and the export (<see cref="ReviewStore"/> writes them).</summary>
public sealed class PeriodMessages(KnowledgeBotDatabase database)
{
    /// <summary>Oldest first.</summary>
    public IReadOnlyList<PeriodMessage> Read(DashboardPeriod period)
    {
        using var connection = database.Open();
        return connection.Query("""
            SELECT m.id, m.channel, m.triage, m.distress_level, m.committee, m.status, m.received_at, m.decided_at,
                   (SELECT d.draft_edit_distance FROM decisions d WHERE d.message_id = m.id AND d.action = 'approved' ORDER BY d.id LIMIT 1) AS edit_distance,
                   (SELECT t.confidence FROM drafts t WHERE t.message_id = m.id ORDER BY t.rank LIMIT 1) AS confidence,
                   (SELECT json_group_array(f.kind) FROM (SELECT kind FROM draft_flags WHERE message_id = m.id ORDER BY id) f) AS flags
            FROM incoming_messages m
            WHERE m.received_at >= $start AND m.received_at < $end
            ORDER BY m.received_at, m.id
            """,
            r => new PeriodMessage(
                r.GetInt64(0),
                Enum.Parse<Channel>(r.GetString(1)),
                Enum.Parse<TriageLabel>(r.GetString(2)),
                r.NullableString("distress_level") is { } level ? Enum.Parse<DistressLevel>(level) : null,
                r.NullableString("committee") is { } committee ? JsonSerializer.Deserialize<CommitteeReferral>(committee, ReviewQueue.Json) : null,
                MessageStatusWire.ParseWire(r.GetString(5)),
                r.Timestamp("received_at"),
                r.NullableTimestamp("decided_at"),
                r.IsDBNull(8) ? null : r.GetDouble(8),
                r.IsDBNull(9) ? null : r.GetDouble(9),
                JsonSerializer.Deserialize<List<string>>(r.GetString(10))!.Select(k => DraftFlagKinds.ParseWire(k)!.Value).ToList()),
            Bounds(period));
    }

    /// <summary>The sources cited by the drafts of the period's messages, each once per message.</summary>
    public IReadOnlyList<SourceCitation> CitedSources(DashboardPeriod period)
    {
        using var connection = database.Open();
        var drafts = connection.Query("""
            SELECT t.message_id, t.sources FROM drafts t JOIN incoming_messages m ON m.id = t.message_id
            WHERE m.received_at >= $start AND m.received_at < $end
            """,
            r => (MessageId: r.GetInt64(0), Sources: JsonSerializer.Deserialize<List<DraftSource>>(r.GetString(1), ReviewQueue.Json) ?? []),
            Bounds(period));
        return drafts
            .SelectMany(d => d.Sources.Select(s => new SourceCitation(d.MessageId, s.Id, s.Title, s.Url)))
            .DistinctBy(c => (c.MessageId, c.SourceId))
            .ToList();
    }

    // Stored times are UTC in the round-trip format, so that they compare as text.
    internal static (string, object?)[] Bounds(DashboardPeriod period) =>
        [("$start", period.Start.ToUniversalTime().ToString("O")), ("$end", period.End.ToUniversalTime().ToString("O"))];
}
