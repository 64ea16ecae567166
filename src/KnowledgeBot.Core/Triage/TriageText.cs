using System.Text;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Triage;

/// <summary>
/// Puts a message in the form the rules are written in: folded words separated by single spaces (apostrophes and
/// punctuation dropped, "plusss" → "plus"), SMS spellings rewritten ("jveux" → "je veux"), padded with spaces.
/// </summary>
public sealed class TriageText(IReadOnlyDictionary<string, string> spellings)
{
    public string Normalize(string message)
    {
        var normalized = new StringBuilder(" ");
        foreach (var word in TextFolding.Words(message))
        {
            var squeezed = SqueezeRepeats(word);
            normalized.Append(spellings.GetValueOrDefault(squeezed, squeezed)).Append(' ');
        }
        return normalized.ToString();
    }

    /// <summary>Three or more of the same letter become one ("nooon", "envieee").</summary>
    private static string SqueezeRepeats(string word)
    {
        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
                run++;
            result.Append(word[i], run >= 3 ? 1 : run);
            i += run - 1;
        }
        return result.ToString();
    }
}
