using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// Picks the sentences of a passage that answer a message, verbatim (the draft is extractive): courtesy
/// sentences are skipped, the others ranked by the message words they contain, then put back in text order.
/// </summary>
public static partial class SentenceExtractor
{
    private static readonly HashSet<string> CourtesyStarts =
        ["bonjour", "bonsoir", "merci", "bien cordialement", "cordialement", "bien a vous", "nous comprenons", "toutes nos condoleances", "quel beau", "c est une tres bonne", "bon courage", "belle journee", "n hesitez pas a nous"];

    private static readonly HashSet<string> WeakWords =
        ["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "se", "s", "ce", "c", "ca", "qui", "que", "qu", "quoi", "est", "sont", "pour", "par", "sur", "dans", "avec", "pas", "ne", "n", "plus", "mon", "ma", "mes", "son", "sa", "ses", "votre", "vos", "notre", "nos", "y", "bonjour", "merci", "si", "mais", "tres", "tout", "fait", "faire", "peut", "peux", "ai", "as", "avez", "ont", "suis", "etre", "avoir", "comment", "quand", "est-ce"];

    /// <summary>The statements of a passage: each line cut at sentence ends; headings and questions left out.</summary>
    public static IReadOnlyList<string> Sentences(string passage) =>
        passage.ReplaceLineEndings("\n").Split('\n')
            .SelectMany(line => SentenceBoundary().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && (s.EndsWith('.') || s.EndsWith('!')))
            .ToList();

    /// <summary>Up to <paramref name="count"/> sentences of <paramref name="passage"/> that share the most words with <paramref name="message"/>.</summary>
    public static IReadOnlyList<string> Best(string passage, string message, int count)
    {
        var wanted = ContentWords(message);
        var sentences = Sentences(passage).Where(s => s.Length >= 25 && !IsCourtesy(s)).ToList();
        return sentences
            // Shared words first; a sentence with a figure (a duration, an amount) is usually the fact asked for.
            .Select((sentence, index) => (sentence, index, score: ContentWords(sentence).Count(wanted.Contains) + (sentence.Any(char.IsDigit) ? 0.75 : 0) + (index == 0 ? 0.5 : 0)))
            .OrderByDescending(x => x.score).ThenBy(x => x.index)
            .Take(count)
            .OrderBy(x => x.index)
            .Select(x => x.sentence)
            .ToList();
    }

    public static HashSet<string> ContentWords(string text) =>
        TextFolding.Words(text).Where(w => w.Length > 2 && !WeakWords.Contains(w)).Select(Stem).ToHashSet();

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private static bool IsCourtesy(string sentence)
    {
        var key = TextFolding.Key(sentence);
        return CourtesyStarts.Any(start => key.StartsWith(start, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ0-9«])")]
    private static partial Regex SentenceBoundary();
}
