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
        ["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "se", "s", "ce", "c", "ca", "qui", "que", "qu", "quoi", "est", "sont", "pour", "par", "sur", "dans", "avec", "pas", "ne", "n", "plus", "mon", "ma", "mes", "son", "sa", "ses", "votre", "vos", "notre", "nos", "y", "bonjour", "merci", "si", "mais", "tres", "tout", "fait", "faire", "peut", "peux", "ai", "as", "avez", "ont", "suis", "etre", "avoir", "comment", "quand", "est-ce", "cancer", "cancers", "maladie"];

    /// <summary>The statements of a passage: each line cut at sentence ends; headings and questions left out.</summary>
    public static IReadOnlyList<string> Sentences(string passage) =>
        passage.ReplaceLineEndings("\n").Split('\n')
            .SelectMany(line => SentenceBoundary().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && (s.EndsWith('.') || s.EndsWith('!')))
            .ToList();

    /// <summary>Fewer shared words than this and a passage does not answer the message.</summary>
    private const int MinimumSharedWords = 2;

    /// <summary>
    /// Up to <paramref name="count"/> consecutive sentences of <paramref name="passage"/> (so that "Il" and "Cette aide"
    /// keep what they refer to) sharing the most words with <paramref name="message"/>; none when too few are shared.
    /// </summary>
    /// <param name="allowed">Sentences that may be quoted (not about another person's place or committee).</param>
    public static IReadOnlyList<string> Best(string passage, string message, int count, Func<string, bool> allowed)
    {
        var wanted = ContentWords(message);
        // A passage may start in the middle of a sentence: a fragment starting in lower case is not quoted.
        var sentences = Sentences(passage).Select(WithoutGreeting).Where(s => s.Length >= 25 && !char.IsLower(s[0]) && !IsCourtesy(s) && allowed(s)).ToList();
        if (sentences.Count == 0)
            return [];
        // Shared words first; a sentence with a figure (a duration, an amount) is usually the fact asked for.
        var shared = sentences.Select(s => ContentWords(s).Count(wanted.Contains)).ToList();
        var scores = sentences.Select((s, i) => shared[i] + (s.Any(char.IsDigit) ? 0.75 : 0)).ToList();
        var size = Math.Min(count, sentences.Count);
        var start = Enumerable.Range(0, sentences.Count - size + 1).MaxBy(i => scores.Skip(i).Take(size).Sum());
        return shared.Skip(start).Take(size).Sum() >= MinimumSharedWords ? sentences.Skip(start).Take(size).ToList() : [];
    }

    /// <summary>Stems of the meaningful words (numbers left out: "100 mètres" is not "100 %").</summary>
    public static HashSet<string> ContentWords(string text) =>
        TextFolding.Words(text).Where(w => w.Length > 2 && !WeakWords.Contains(w) && !w.All(char.IsAsciiDigit)).Select(Stem).ToHashSet();

    /// <summary>A crude French stem, enough to meet "aide", "aider" and "aides".</summary>
    private static string Stem(string word) => word.Length > 4 ? word[..4] : word;

    /// <summary>"Bonjour Madame, oui, c'est possible : …" → "Oui, c'est possible : …" (only the greeting goes).</summary>
    private static string WithoutGreeting(string sentence)
    {
        var match = LeadingGreeting().Match(sentence);
        if (!match.Success || match.Length == sentence.Length)
            return sentence;
        var rest = sentence[match.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex(@"^(Bonjour|Bonsoir)( Madame| Monsieur| à vous| à tous)?\s*[,!]\s*")]
    private static partial Regex LeadingGreeting();

    private static bool IsCourtesy(string sentence)
    {
        var key = TextFolding.Key(sentence);
        return CourtesyStarts.Any(start => key.StartsWith(start, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ0-9«])")]
    private static partial Regex SentenceBoundary();
}
