using System.Text;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// Cuts a message into <see cref="TriageToken"/>s: words are runs of letters and digits (apostrophes separate:
/// "j'en" gives "j", "en"), folded like the index, letters repeated three times or more written once ("plusss"),
/// SMS spellings rewritten from <c>spelling.tsv</c> ("jen" → "j en", "plu" → "plus"), and an elided word written
/// without its apostrophe split when the rest is a word of the rules ("linteret" → "l interet", "jpeux" → "j peux").
/// An emoji is a word of its own, and a question mark the word <c>qmark</c>.
/// </summary>
public sealed class TriageTokenizer(IReadOnlyDictionary<string, string[]> spellings, IReadOnlySet<string> vocabulary)
{
    private const string ElidedLetters = "cdjlmnst";

    /// <summary>A question mark is a word of its clause, written <c>qmark</c> in the rules: asking is part of a request.</summary>
    public const string QuestionMark = "qmark";

    private const string ClauseEnds = ".!?;:…\n()[]";

    public IReadOnlyList<TriageToken> Tokenize(string message)
    {
        var tokens = new List<TriageToken>();
        var clause = 0;
        var start = -1;
        for (var i = 0; i <= message.Length; i++)
        {
            var inWord = i < message.Length && (char.IsLetterOrDigit(message[i]) || char.GetUnicodeCategory(message[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                clause = Add(tokens, message[start..i], clause);
                start = -1;
            }
            if (i + 1 < message.Length && char.IsSurrogatePair(message[i], message[i + 1]))
            {
                // An emoji is a word: spelling.tsv reads the laughing ones as "mdr".
                clause = Add(tokens, message.Substring(i++, 2), clause);
                continue;
            }
            if (i < message.Length && message[i] == '?' && (tokens.Count == 0 || tokens[^1].Folded != QuestionMark))
                tokens.Add(new TriageToken("?", QuestionMark, QuestionMark, clause));
            if (i < message.Length && (ClauseEnds.Contains(message[i]) || IsComma(message, i)))
                clause++;
        }
        return tokens;
    }

    private int Add(List<TriageToken> tokens, string surface, int clause)
    {
        var folded = SqueezeRepeats(TextFolding.Fold(surface));
        if (folded == "mais")
            clause++;
        foreach (var word in spellings.GetValueOrDefault(folded) ?? Unglued(folded))
            tokens.Add(new TriageToken(surface, word, FrenchStem.Of(word), clause));
        return clause;
    }

    private string[] Unglued(string word) =>
        word.Length > 3 && ElidedLetters.Contains(word[0]) && !vocabulary.Contains(word) && vocabulary.Contains(word[1..])
            ? [word[..1], word[1..]]
            : word.Length > 4 && word.StartsWith("qu") && !vocabulary.Contains(word) && vocabulary.Contains(word[2..])
                ? ["qu", word[2..]]
                : [word];

    /// <summary>A comma ends a clause, but not a decimal comma ("39,5").</summary>
    private static bool IsComma(string message, int i) =>
        message[i] == ',' && !(i > 0 && i + 1 < message.Length && char.IsDigit(message[i - 1]) && char.IsDigit(message[i + 1]));

    /// <summary>Three or more of the same letter become one ("nooon", "envieee").</summary>
    private static string SqueezeRepeats(string word)
    {
        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
                run++;
            result.Append(word[i], run >= 3 && char.IsLetter(word[i]) ? 1 : run);
            i += run - 1;
        }
        return result.ToString();
    }
}
