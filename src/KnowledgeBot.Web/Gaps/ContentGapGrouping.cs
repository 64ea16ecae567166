namespace KnowledgeBot.Web.Gaps;

/// <summary>
/// Groups the badly answered questions that ask the same thing (<see cref="SimilarQuestions"/>) into content gaps.
/// Deterministic: the same messages always give the same groups, in the same order.
/// </summary>
public static class ContentGapGrouping
{
    /// <returns>The groups, biggest first, then the one whose first question came first.</returns>
    public static IReadOnlyList<ContentGap> Group(IReadOnlyList<GapMessage> messages, Func<string, IReadOnlySet<string>> contentWords)
    {
        var ordered = messages.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).ToList();
        return SimilarQuestions.Group(ordered, m => contentWords(m.Body))
            .Select(Gap)
            .OrderByDescending(g => g.Messages.Count).ThenBy(g => g.Messages[0].ReceivedAt).ThenBy(g => g.Messages[0].Id)
            .ToList();
    }

    private static ContentGap Gap(IReadOnlyList<GapMessage> messages)
    {
        var reasons = Enum.GetValues<GapReason>()
            .Select(reason => new ReasonCount(reason, messages.Count(m => m.Reasons.Contains(reason))))
            .Where(r => r.Messages > 0)
            .OrderByDescending(r => r.Messages).ThenBy(r => r.Reason)
            .ToList();
        var topSource = messages.Where(m => m.BestSource is not null)
            .GroupBy(m => m.BestSource!.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CitedBy(g.Last().BestSource!, g.Count()))
            .FirstOrDefault();
        return new ContentGap(messages, reasons, topSource);
    }
}
