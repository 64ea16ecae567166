namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// Slots in order, each within <see cref="Slot.GapBefore"/> words of the previous one (<c>match</c> lines):
/// "je ne veux vraiment plus vivre" meets <c>veux plus vivre</c>.
/// </summary>
public sealed class SequencePattern(IReadOnlyList<Slot> slots) : ITriagePattern
{
    /// <summary>Slots this close must be in the same clause; wider gaps (<c>..6</c>) may cross punctuation.</summary>
    private const int TightGap = 2;

    public IEnumerable<PatternMatch> Matches(MatchContext context)
    {
        if (slots.Any(s => !s.Optional && !s.IsPossible(context)))
            yield break;
        var used = new List<int>();
        foreach (var start in context.Starts(slots[0]))
        {
            used.Clear();
            if (Extend(context, 0, start, start, used) is { } end)
                yield return new PatternMatch(start, end - 1, [.. used]);
        }
    }

    /// <summary>Matches slots from <paramref name="slot"/> on, the first one starting between <paramref name="from"/> and <paramref name="to"/>; returns the end (exclusive).</summary>
    private int? Extend(MatchContext context, int slot, int from, int to, List<int> used)
    {
        if (slot == slots.Count)
            return from;
        var next = slot + 1 < slots.Count ? slots[slot + 1].GapBefore : 0;
        for (var start = from; start <= to && start < context.Tokens.Count; start++)
        {
            // Neighbouring words of a pattern stay in one clause: "votre magazine Vivre, à qui l'envoyer" is no "vivre à qui".
            if (slot > 0 && slots[slot].GapBefore <= TightGap && context.Tokens[start].Clause != context.Tokens[from - 1].Clause)
                break;
            for (var alternative = 0; alternative < slots[slot].Alternatives.Count; alternative++)
            {
                var end = slots[slot].EndAt(context, start, alternative);
                if (end < 0)
                    continue;
                var mark = used.Count;
                for (var t = start; t < end; t++)
                    used.Add(t);
                if (Extend(context, slot + 1, end, end + next, used) is { } last)
                    return last;
                used.RemoveRange(mark, used.Count - mark);
            }
        }
        if (slots[slot].Optional)
            return Extend(context, slot + 1, from, to + next, used);
        return null;
    }
}
