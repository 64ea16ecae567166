using System.Globalization;
using System.Text;

namespace KnowledgeBot.Core.Text;

/// <summary>Lower case without accents (œ → oe), so that "Besançon", "besancon" and "BESANCON" compare equal.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                continue;
            switch (ch)
            {
                case 'œ' or 'Œ': folded.Append("oe"); break;
                case 'æ' or 'Æ': folded.Append("ae"); break;
                default: folded.Append(char.ToLowerInvariant(ch)); break;
            }
        }
        return folded.ToString();
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
