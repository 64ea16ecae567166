namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// Slots in any order within a window of words (<c>near N</c> lines): "des cachets, j'en ai gardé" and
/// "j'ai gardé des cachets" both meet <c>near 6 garde* cachet*</c>.
/// </summary>
public sealed class NearPattern(int window, IReadOnlyList<Slot> slots) : ITriagePattern
{
    public IEnumerable<PatternMatch> Matches(MatchContext context)
    {
        if (slots.Any(s => !s.IsPossible(context)))
            yield break;
        // The rarest slot anchors the search: "vous" is everywhere, "escrocs" is not.
        var occurrences = slots.Select(s => Occurrences(context, s)).OrderBy(o => o.Count).ToList();
        if (occurrences[0].Count == 0)
            yield break;
        foreach (var anchor in occurrences[0])
        {
            if (Choose(anchor, occurrences) is not { } chosen)
                continue;
            var start = chosen.Min(o => o.Start);
            var end = chosen.Max(o => o.End);
            if (end - start < window)
                yield return new PatternMatch(start, end - 1, [.. chosen.SelectMany(o => Enumerable.Range(o.Start, o.End - o.Start)).Distinct()]);
        }
    }

    /// <summary>For each slot, its occurrence nearest to the anchor that takes none of the words another slot took.</summary>
    private static List<(int Start, int End)>? Choose((int Start, int End) anchor, List<List<(int Start, int End)>> occurrences)
    {
        var chosen = new List<(int Start, int End)> { anchor };
        foreach (var list in occurrences.Skip(1))
        {
            var free = list.Where(o => chosen.All(c => o.End <= c.Start || c.End <= o.Start)).ToList();
            if (free.Count == 0)
                return null;
            chosen.Add(free.MinBy(o => Math.Abs(o.Start - anchor.Start)));
        }
        return chosen;
    }

    private static List<(int Start, int End)> Occurrences(MatchContext context, Slot slot)
    {
        var found = new List<(int, int)>();
        foreach (var start in context.Starts(slot))
            for (var alternative = 0; alternative < slot.Alternatives.Count; alternative++)
                if (slot.EndAt(context, start, alternative) is var end and >= 0)
                    found.Add((start, end));
        return found;
    }
}
