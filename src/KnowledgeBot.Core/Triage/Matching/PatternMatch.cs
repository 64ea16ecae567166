namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>Where a pattern matched: the first and last token, and the tokens its words took (not the words in between).</summary>
public sealed record PatternMatch(int Start, int End, IReadOnlyList<int> Tokens)
{
    public bool Overlaps(PatternMatch other) => Start <= other.End && other.Start <= End;
}
