using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// The questions a message asks: its sentences that end with a question mark or open as a question ("est-ce que",
/// "comment", "je voudrais savoir si"…), each with the kind of answer its interrogative wants. A message that asks
/// nothing in that form ("Je cherche une aide pour…") is one question: the whole message.
/// </summary>
public static partial class MessageQuestions
{
    private static readonly string[] QuestionOpenings =
    [
        "est ce", "comment", "combien", "quel ", "quelle", "quels", "quelles", "quand", "pourquoi", "a qui",
        "peut on", "puis je", "pourrais je", "dois je", "faut il", "ai je", "a t on", "y a t il", "existe t il",
        "je voudrais savoir", "j aimerais savoir", "je souhaiterais savoir", "je me demande", "pouvez vous me dire",
        "pourriez vous me dire", "savez vous", "est il possible", "c est possible",
    ];

    public static IReadOnlyList<MessageQuestion> Of(string message)
    {
        var questions = SentenceEnd().Split(message.ReplaceLineEndings(" "))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && IsQuestion(s))
            .Select(s => new MessageQuestion(s, KindOf(s)))
            .ToList();
        return questions.Count > 0 ? questions : [new MessageQuestion(message, KindOf(message))];
    }

    private static bool IsQuestion(string sentence)
    {
        if (sentence.EndsWith('?'))
            return true;
        var key = TextFolding.Key(sentence) + " ";
        return QuestionOpenings.Any(o => key.StartsWith(o, StringComparison.Ordinal) || key.Contains(" " + o, StringComparison.Ordinal) && o.StartsWith("je ", StringComparison.Ordinal));
    }

    /// <summary>The interrogative decides: a duration before an amount ("combien de temps" is not "combien").</summary>
    public static AnswerKind KindOf(string question)
    {
        var phrases = FoldedPhrases.Of(question);
        if (phrases.HasAny(["combien de temps", "quel delai", "quels delais", "delai", "quand", "jusqu a quand", "duree", "combien de jours", "combien de mois", "combien de semaines", "a partir de quand", "des quand"]))
            return AnswerKind.Duration;
        if (phrases.HasAny(["combien", "quel montant", "quelle somme", "quel pourcentage", "quel taux", "quel plafond", "quel prix", "a hauteur de"]))
            return AnswerKind.Amount;
        if (phrases.HasAny(["comment", "quelles demarches", "quelle demarche", "que dois je faire", "que faire", "a qui", "aupres de qui", "ou m adresser", "ou faut il", "ou trouver", "quelle procedure", "quel dossier", "quels documents", "quels papiers"]))
            return AnswerKind.Procedure;
        return AnswerKind.Rule;
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
