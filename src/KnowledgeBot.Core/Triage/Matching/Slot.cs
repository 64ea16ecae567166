namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// One position of a pattern: alternatives that are each a run of consecutive atoms (<c>tout_le_monde</c>).
/// </summary>
/// <param name="GapBefore">How many other words may stand between the previous slot and this one.</param>
/// <param name="Optional">The slot may be absent (<c>?vraiment</c>).</param>
public sealed record Slot(IReadOnlyList<int[]> Alternatives, int GapBefore, bool Optional)
{
    /// <summary>True when some alternative can start in the message at all (a cheap test before matching).</summary>
    public bool IsPossible(MatchContext context) => Alternatives.Any(run => context.Contains(run[0]));

    /// <summary>The end (exclusive) of each alternative that matches at <paramref name="start"/>.</summary>
    public IEnumerable<int> EndsAt(MatchContext context, int start)
    {
        foreach (var run in Alternatives)
        {
            if (start + run.Length > context.Tokens.Count)
                continue;
            var matches = true;
            for (var k = 0; k < run.Length && matches; k++)
                matches = context.Has(start + k, run[k]);
            if (matches)
                yield return start + run.Length;
        }
    }
}
