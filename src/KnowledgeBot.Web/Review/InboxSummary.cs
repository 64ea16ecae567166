using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Web.Review;

/// <summary>What the live inbox polls: how many messages wait, how many of them are distress, and the newest one.</summary>
public sealed record InboxSummary(int Pending, int Distress, long NewestId)
{
    public static InboxSummary Of(IReadOnlyList<QueueItem> pending) => new(
        pending.Count,
        pending.Count(i => i.Triage == TriageLabel.Distress),
        pending.Count == 0 ? 0 : pending.Max(i => i.Id));
}
