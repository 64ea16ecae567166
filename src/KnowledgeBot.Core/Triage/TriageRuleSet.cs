using System.Text.RegularExpressions;

namespace KnowledgeBot.Core.Triage;

/// <summary>The rules of one label (one file under <c>corpus/triage/</c>), matched against <see cref="TriageText"/>'s form of a message.</summary>
/// <param name="NearMisses">Removed from the message before the patterns run ("mort de rire" is not distress).</param>
/// <param name="TypoWords">Single words matched with one typo allowed ("suicder").</param>
public sealed record TriageRuleSet(TriageLabel Label, IReadOnlyList<Regex> Patterns, IReadOnlyList<Regex> NearMisses, IReadOnlyList<string> TypoWords)
{
    private const int TypoMinimumLength = 6;

    public bool Matches(string normalized)
    {
        foreach (var nearMiss in NearMisses)
            normalized = nearMiss.Replace(normalized, " ");
        return Patterns.Any(p => p.IsMatch(normalized))
            || (TypoWords.Count > 0 && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsTypoWord));
    }

    private bool IsTypoWord(string word) =>
        word.Length >= TypoMinimumLength && TypoWords.Any(t => Math.Abs(t.Length - word.Length) <= 1 && EditDistance.AtMostOne(t, word));
}
