using System.Text.Json;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Gaps;

/// <summary>
/// The questions of a period the material answered badly (<see cref="GapReason"/>), read from what
/// <see cref="ReviewStore"/> wrote. Only questions the material is meant to answer count (normal and medical
/// messages: distress, hostile and out-of-scope drafts are not built from it), and only while their body is kept.
/// </summary>
public sealed class GapMessages(KnowledgeBotDatabase database)
{
    /// <summary>Above this normalised edit distance, the CM rewrote more than half of the draft.</summary>
    public const double HeavyEditAbove = 0.5;

    public IReadOnlyList<GapMessage> Read(DashboardPeriod period)
    {
        using var connection = database.Open();
        var rows = connection.Query("""
            SELECT m.id, m.received_at, m.body, m.low_confidence, m.status,
                   (SELECT t.sources FROM drafts t WHERE t.message_id = m.id ORDER BY t.rank LIMIT 1) AS sources,
                   EXISTS (SELECT 1 FROM draft_flags f WHERE f.message_id = m.id) AS flagged,
                   (SELECT d.draft_edit_distance FROM decisions d WHERE d.message_id = m.id AND d.action = 'approved' ORDER BY d.id LIMIT 1) AS edit_distance
            FROM incoming_messages m
            WHERE m.received_at >= $start AND m.received_at < $end AND m.body IS NOT NULL AND m.triage IN ($normal, $medical)
            """,
            r =>
            {
                var sources = r.NullableString("sources") is { } json ? JsonSerializer.Deserialize<List<DraftSource>>(json, ReviewQueue.Json) ?? [] : [];
                var reasons = new HashSet<GapReason>();
                if (r.GetInt64(3) != 0)
                    reasons.Add(GapReason.LowConfidence);
                if (sources.Count == 0)
                    reasons.Add(GapReason.NoSource);
                if (r.GetInt64(6) != 0)
                    reasons.Add(GapReason.Flagged);
                if (!r.IsDBNull(7) && r.GetDouble(7) > HeavyEditAbove)
                    reasons.Add(GapReason.HeavyEdit);
                if (MessageStatusWire.ParseWire(r.GetString(4)) == MessageStatus.Rejected)
                    reasons.Add(GapReason.Rejected);
                return new GapMessage(r.GetInt64(0), r.Timestamp("received_at"), r.GetString(2), reasons, sources.FirstOrDefault());
            },
            [.. PeriodMessages.Bounds(period), ("$normal", TriageLabel.Normal.ToString()), ("$medical", TriageLabel.Medical.ToString())]);
        return rows.Where(m => m.Reasons.Count > 0).ToList();
    }
}
