using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeBot.Core.Text;

/// <summary>Lower case without accents (œ → oe), so that "Besançon", "besancon" and "BESANCON" compare equal.</summary>
public static class TextFolding
{
    /// <remarks>The same folding as the index's analysis chain (Lucene's ASCII folding), so that a word folded here
    /// and a word folded by the analyzer compare equal.</remarks>
    public static string Fold(string text)
    {
        // Composed first, so that an accent typed as a combining mark folds like the precomposed letter.
        var lower = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().ToCharArray();
        var folded = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }

    /// <summary>Folded words of <paramref name="text"/>: letters and digits, everything else separates.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The folded words joined by single spaces: the key under which names are compared.</summary>
    public static string Key(string text) => string.Join(' ', Words(text));
}
