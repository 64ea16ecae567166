using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// Picks the sentences of a passage that answer a message, verbatim (the draft is extractive): courtesy
/// sentences are skipped, the others ranked by the words of the message's questions and of the rest of the message
/// they contain, and by the kind of answer the questions want.
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
    /// Words that make a sentence lean on the one before it ("Il dure 3 mois", "Ce n'est pas automatique", "Et oui, le
    /// temps partiel…", "Cette aide…"): quoted without that sentence, they point at nothing.
    /// </summary>
    private static readonly HashSet<string> LeaningStarts =
        ["il", "elle", "ils", "elles", "ce", "c", "cela", "ca", "celui", "celle", "ceux", "celles", "cette", "cet", "ces", "lui", "leur",
         "et", "mais", "donc", "puis", "ensuite", "aussi", "sinon", "enfin", "cependant", "toutefois", "pourtant", "neanmoins", "oui",
         "non", "en revanche", "par contre", "de plus", "en effet", "par ailleurs", "dans ce cas", "dans ces cas", "a ce moment", "or",
         "du coup", "d ailleurs", "contactez le", "contactez la", "appelez le", "appelez la", "y compris", "meme"];

    /// <summary>
    /// Up to <paramref name="count"/> consecutive sentences of <paramref name="passage"/> that answer
    /// <paramref name="message"/> best: words of its questions count twice, words of the rest once, a figure helps and
    /// helps more when the question wants one ("combien", "quel délai"). A run never starts on a sentence that leans on
    /// the one before it, and a quoted run is never cut by a sentence that may not be quoted; none when too few words are shared.
    /// </summary>
    /// <param name="allowed">Sentences that may be quoted (not about another person's place, committee or details).</param>
    public static IReadOnlyList<string> Best(string passage, string message, int count, Func<string, bool> allowed) =>
        Best(passage, MessageReading.Of(message), count, allowed);

    /// <param name="message">The message as read once for every source of the draft.</param>
    public static IReadOnlyList<string> Best(string passage, MessageReading message, int count, Func<string, bool> allowed)
    {
        var (wanted, asked, kinds) = (message.Wanted, message.Asked, message.Kinds);
        // A passage may start in the middle of a sentence: a fragment starting in lower case is not quoted.
        var sentences = Sentences(passage).Select(WithoutGreetingAndYesNo).ToList();
        var usable = sentences.Select(s => s.Length >= 25 && !char.IsLower(s[0]) && !IsCourtesy(s) && allowed(s)).ToList();
        var words = sentences.Select(ContentWords).ToList();
        var amounts = sentences.Select(IsAmount).ToList();
        // An amount answers a question's "combien" as a shared word would: "c'est combien, la cotisation ?" → "La cotisation s'élève à 20 €."
        var shared = words.Select((w, i) => w.Count(wanted.Contains) + (kinds.Contains(AnswerKind.Amount) && amounts[i] ? 1 : 0)).ToList();
        var scores = sentences.Select((s, i) => shared[i] + words[i].Count(asked.Contains) + FigureBonus(s, amounts[i], kinds)).ToList();
        (int Start, int Length, double Score)? best = null;
        for (var start = 0; start < sentences.Count; start++)
        {
            if (!usable[start] || LeansOnPrevious(sentences[start]))
                continue;
            var length = 0;
            while (length < count && start + length < sentences.Count && usable[start + length])
                length++;
            // A run does not end on sentences that add nothing.
            while (length > 1 && shared[start + length - 1] == 0)
                length--;
            var score = scores.Skip(start).Take(length).Sum();
            if (best is null || score > best.Value.Score)
                best = (start, length, score);
        }
        return best is { } b && shared.Skip(b.Start).Take(b.Length).Sum() >= MinimumSharedWords ? sentences.Skip(b.Start).Take(b.Length).ToList() : [];
    }

    /// <summary>"Il" and "ce" that point at nothing: "il faut", "il existe", "il est possible de", "ce que la CPAM rembourse"…</summary>
    private static readonly HashSet<string> ImpersonalStarts =
        ["il faut", "il existe", "il y", "il s", "il vaut", "il suffit", "il convient", "il importe", "il n", "il est possible",
         "il est important", "il est conseille", "il est recommande", "il est necessaire", "il est preferable", "il est utile",
         "il est interdit", "il est obligatoire", "ce que", "ce qui", "ce qu", "ce dont"];

    /// <summary>Words after "ce" that make it a pronoun ("ce que", "ce n'est") rather than a determiner pointing back ("ce plafond").</summary>
    private static readonly HashSet<string> PronounCe = ["que", "qu", "qui", "dont", "n", "sont", "soit", "sera", "serait", "faisant", "a", "est"];

    /// <summary>How far into a sentence a demonstrative still points back to what came before ("Si vos dons dépassaient ce plafond…").</summary>
    private const int DemonstrativeReach = 6;

    public static bool LeansOnPrevious(string sentence)
    {
        var words = TextFolding.Words(sentence).Take(DemonstrativeReach + 1).ToList();
        if (words.Count > 1 && (ImpersonalStarts.Contains(words[0] + " " + words[1])
                                || words.Count > 2 && ImpersonalStarts.Contains(words[0] + " " + words[1] + " " + words[2])))
            return false;
        if (words.Count > 0 && (LeaningStarts.Contains(words[0])
                                || words.Count > 1 && LeaningStarts.Contains(words[0] + " " + words[1])
                                || words.Count > 2 && LeaningStarts.Contains(words[0] + " " + words[1] + " " + words[2])))
            return true;
        // An object pronoun early on ("Vous pouvez aussi la demander", "Vous la recevrez") stands for something named before.
        if (ObjectPronounEarly(words))
            return true;
        // A demonstrative determiner early in the sentence ("ce plafond", "cette aide", "ces démarches") names something said before.
        for (var i = 1; i < Math.Min(words.Count, DemonstrativeReach); i++)
            if (words[i] is "cet" or "cette" or "ces" || words[i] == "ce" && i + 1 < words.Count && !PronounCe.Contains(words[i + 1]))
                return true;
        return false;
    }

    private static readonly HashSet<string> Subjects = ["vous", "on", "il", "elle", "je", "nous", "ils", "elles"];

    private static readonly HashSet<string> Modals = ["pouvez", "peut", "pouvons", "peuvent", "devez", "doit", "devons", "doivent", "pourrez", "pourra", "faut", "faudra"];

    private static readonly HashSet<string> Adverbs = ["aussi", "ensuite", "alors", "donc", "egalement", "toujours", "deja", "ne", "n", "pas", "y"];

    private static readonly HashSet<string> ObjectPronouns = ["le", "la", "les", "l", "lui", "leur"];

    private static bool ObjectPronounEarly(IReadOnlyList<string> words)
    {
        if (words.Count > 1 && Subjects.Contains(words[0]) && ObjectPronouns.Contains(words[1]))
            return true;
        var modal = words.Take(4).ToList().FindIndex(Modals.Contains);
        if (modal < 0)
            return false;
        var next = modal + 1;
        while (next < words.Count && Adverbs.Contains(words[next]))
            next++;
        return next + 1 < words.Count && ObjectPronouns.Contains(words[next]);
    }

    /// <summary>A sentence with a figure (a duration, an amount) is usually the fact asked for, the more so when the question asks for one.</summary>
    /// <param name="isAmount">The sentence gives an amount (<see cref="IsAmount"/>).</param>
    private static double FigureBonus(string sentence, bool isAmount, IReadOnlySet<AnswerKind> kinds)
    {
        if (!sentence.Any(char.IsDigit))
            return 0;
        var isDuration = FoldedPhrases.Of(sentence).HasAny(DurationWords);
        return 0.75 + (kinds.Contains(AnswerKind.Amount) && isAmount || kinds.Contains(AnswerKind.Duration) && isDuration ? 1.5 : 0);
    }

    /// <summary>A figure in euros or a percentage.</summary>
    private static bool IsAmount(string sentence) =>
        sentence.Any(char.IsDigit) && (sentence.Contains('€') || sentence.Contains('%') || FoldedPhrases.Of(sentence).HasAny(["euros"]));

    private static readonly string[] DurationWords = ["jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "heure", "heures", "delai", "duree"];

    /// <summary>Stems of the meaningful words (numbers left out: "100 mètres" is not "100 %").</summary>
    public static HashSet<string> ContentWords(string text) =>
        TextFolding.Words(text).Where(w => w.Length > 2 && !WeakWords.Contains(w) && !w.All(char.IsAsciiDigit)).Select(Stem).ToHashSet();

    /// <summary>A crude French stem, enough to meet "aide", "aider" and "aides".</summary>
    private static string Stem(string word) => word.Length > 4 ? word[..4] : word;

    /// <summary>
    /// "Bonjour Madame, oui : depuis 2022, les indépendants y ont droit" → "Depuis 2022, les indépendants y ont droit":
    /// the greeting goes, and so does the yes or no that answered the question of its time (what follows says the rule).
    /// </summary>
    private static string WithoutGreetingAndYesNo(string sentence)
    {
        var match = LeadingGreetingAndYesNo().Match(sentence);
        if (match.Length == 0 || match.Length == sentence.Length)
            return sentence;
        var rest = sentence[match.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex(@"^((Bonjour|Bonsoir)( Madame| Monsieur| à vous| à tous)?\s*[,!]\s*)?((Et |Eh |et |eh )?(Oui|Non|oui|non)\s*[,:!]\s*)?")]
    private static partial Regex LeadingGreetingAndYesNo();

    private static bool IsCourtesy(string sentence)
    {
        var key = TextFolding.Key(sentence);
        return CourtesyStarts.Any(start => key.StartsWith(start, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ0-9«])")]
    private static partial Regex SentenceBoundary();
}
