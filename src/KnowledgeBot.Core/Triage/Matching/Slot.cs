namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// One position of a pattern: alternatives that are each a run of consecutive atoms (<c>tout_le_monde</c>).
/// </summary>
/// <param name="GapBefore">How many other words may stand between the previous slot and this one.</param>
/// <param name="Optional">The slot may be absent (<c>?vraiment</c>).</param>
public sealed record Slot(IReadOnlyList<int[]> Alternatives, int GapBefore, bool Optional)
{
    /// <summary>The atoms an alternative can start with.</summary>
    public int[] FirstAtoms { get; } = [.. Alternatives.Select(run => run[0]).Distinct()];

    /// <summary>True when some alternative can start in the message at all (a cheap test before matching).</summary>
    public bool IsPossible(MatchContext context)
    {
        foreach (var atom in FirstAtoms)
            if (context.Contains(atom))
                return true;
        return false;
    }

    /// <summary>The end (exclusive) of alternative <paramref name="alternative"/> when it matches at <paramref name="start"/>, else -1.</summary>
    public int EndAt(MatchContext context, int start, int alternative)
    {
        var run = Alternatives[alternative];
        if (start + run.Length > context.Tokens.Count)
            return -1;
        for (var k = 0; k < run.Length; k++)
            if (!context.Has(start + k, run[k]))
                return -1;
        return start + run.Length;
    }
}
