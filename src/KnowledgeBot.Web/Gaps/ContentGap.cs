using KnowledgeBot.Core.Drafting;

namespace KnowledgeBot.Web.Gaps;

/// <summary>Similar questions the material answers badly: what the team should write or correct.</summary>
/// <param name="Messages">The questions of the group, oldest first.</param>
/// <param name="Reasons">How many of them have each reason, most frequent first.</param>
/// <param name="TopSource">The source their best drafts cited most, and for how many of them; null when none cited one.</param>
public sealed record ContentGap(IReadOnlyList<GapMessage> Messages, IReadOnlyList<ReasonCount> Reasons, CitedBy? TopSource)
{
    public const int ExampleCount = 3;

    public IEnumerable<GapMessage> Examples => Messages.Take(ExampleCount);
}

public sealed record ReasonCount(GapReason Reason, int Messages);

public sealed record CitedBy(DraftSource Source, int Messages);
