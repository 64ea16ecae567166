namespace KnowledgeBot.Web.Gaps;

/// <summary>
/// Groups the questions that ask the same thing: two messages are alike when their content-word stems overlap by at
/// least <see cref="MinSimilarity"/> (Jaccard), and a group is every message linked to another by a chain of alike
/// pairs (single link). Deterministic: the same messages always give the same groups, in the same order.
/// </summary>
public static class ContentGapGrouping
{
    /// <summary>A third of their words in common (« la perruque est-elle remboursée ? » and « remboursement d'une perruque »).</summary>
    public const double MinSimilarity = 1.0 / 3;

    /// <returns>The groups, biggest first, then the one whose first question came first.</returns>
    public static IReadOnlyList<ContentGap> Group(IReadOnlyList<GapMessage> messages, Func<string, IReadOnlySet<string>> contentWords)
    {
        var ordered = messages.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).ToList();
        var words = ordered.Select(m => contentWords(m.Body)).ToList();
        var root = Enumerable.Range(0, ordered.Count).ToArray();
        for (var i = 0; i < ordered.Count; i++)
            for (var j = i + 1; j < ordered.Count; j++)
                if (Similarity(words[i], words[j]) >= MinSimilarity)
                    root[Find(root, j)] = Find(root, i);

        return Enumerable.Range(0, ordered.Count)
            .GroupBy(i => Find(root, i))
            .Select(g => Gap(g.Select(i => ordered[i]).ToList()))
            .OrderByDescending(g => g.Messages.Count).ThenBy(g => g.Messages[0].ReceivedAt).ThenBy(g => g.Messages[0].Id)
            .ToList();
    }

    /// <summary>Shared words over all their words; 0 when either has no content word.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
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
