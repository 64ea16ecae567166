using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// Finds the abbreviations the vetted content defines itself — « allocation aux adultes handicapés (AAH) »,
/// « reconnaissance de la qualité de travailleur handicapé (RQTH) » — in the manner of Schwartz and Hearst (2003):
/// a parenthesised acronym whose letters are, in order, the initials of the words just before it, small words
/// (de, la, aux…) skipped. Each acronym keeps the long form the corpus uses most. An acronym that the corpus also writes
/// in lower case as an ordinary word (« ai », « cap ») is left out: expanding it would turn plain words into topics.
/// </summary>
public static partial class AcronymMiner
{
    private const int OrdinaryWordOccurrences = 2;

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "des", "du", "d", "la", "le", "les", "l", "à", "a", "au", "aux", "en", "et", "pour", "par", "sur", "un", "une",
    };

    /// <returns>Acronym (as written) → its long form, for acronyms defined at least once.</returns>
    public static IReadOnlyDictionary<string, string> Mine(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lowerCaseWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                if (word.Value.All(c => !char.IsLetter(c) || char.IsLower(c)))
                    lowerCaseWords[word.Value] = lowerCaseWords.GetValueOrDefault(word.Value) + 1;
            }
            foreach (Match match in Definition().Matches(text))
            {
                var acronym = match.Groups["acronym"].Value;
                var longForm = LongForm(text[..match.Index], acronym);
                if (longForm is null)
                    continue;
                if (!counts.TryGetValue(acronym, out var forms))
                    counts[acronym] = forms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                forms[longForm] = forms.GetValueOrDefault(longForm) + 1;
            }
        }
        return counts
            .Where(c => lowerCaseWords.GetValueOrDefault(c.Key.ToLowerInvariant()) < OrdinaryWordOccurrences)
            .ToDictionary(c => c.Key, c => c.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key);
    }

    /// <summary>The shortest run of words before the parenthesis whose content words' initials spell the acronym.</summary>
    private static string? LongForm(string before, string acronym)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        var words = Word().Matches(before).TakeLast(letters.Length * 2 + 2).ToList();
        var next = letters.Length - 1;
        for (var i = words.Count - 1; i >= 0 && next >= 0; i--)
        {
            var word = words[i].Value;
            if (SmallWords.Contains(word))
                continue;
            if (TextFolding.Fold(word[..1])[0] != letters[next])
                return null;
            next--;
            if (next < 0)
            {
                // The words must run on as one phrase: no line break or punctuation between them.
                var phrase = before[words[i].Index..].Trim();
                return phrase.Any(c => c is '\n' or '\r' or '\t' or ':' or ';' or ',' or '.' or '(' or ')') ? null : Spaces().Replace(phrase, " ");
            }
        }
        return null;
    }

    [GeneratedRegex(@"\((?<acronym>\p{Lu}[\p{Lu}\d]{1,7})\)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Elided articles (l', d') and hyphenated parts are words of their own.
    [GeneratedRegex(@"[\p{L}][\p{L}\d]*")]
    private static partial Regex Word();
}
