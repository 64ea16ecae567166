using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// A past answer was written for one person: its sentences about that person's age, amounts, relatives or cancer
/// ("vous aurez 56 ans", "160 000 € chacun", "ce que votre mari souhaite", "votre leucémie") are not theirs to quote to
/// someone else, unless the new message says the same, nor its replies to that person's own words ("votre oncologue a
/// raison", "dans votre cas"). Rules stay quotable ("de 50 à 74 ans", "les enfants à charge").
/// </summary>
public static partial class PersonalDetails
{
    private static readonly HashSet<string> Relatives =
        ["mari", "epouse", "femme", "conjoint", "conjointe", "compagnon", "compagne", "fils", "fille", "filles", "enfant", "enfants",
         "mere", "pere", "maman", "papa", "frere", "soeur", "parents", "veuve", "veuf"];

    private static readonly HashSet<string> Cancers =
        ["leucemie", "lymphome", "myelome", "melanome", "sarcome", "glioblastome", "gliome", "sein", "seins", "prostate", "colon",
         "colorectal", "poumon", "poumons", "ovaire", "ovaires", "uterus", "pancreas", "vessie", "thyroide", "rein", "reins",
         "foie", "estomac", "oesophage", "testicule", "larynx", "cerebral", "cerveau", "mastectomie", "prostatectomie"];

    /// <summary>Words that make a relative or a cancer somebody's: "votre mari", "sa leucémie", "votre cancer du sein".</summary>
    private static readonly HashSet<string> Possessives = ["votre", "vos", "ton", "ta", "tes", "son", "sa", "ses", "leur", "leurs"];

    /// <summary>How far after a possessive the relative or the cancer may stand ("votre cancer du sein").</summary>
    private const int PossessiveReach = 3;

    public static bool AboutSomeoneElse(string sentence, string message)
    {
        var said = TextFolding.Words(message).ToHashSet();
        var words = TextFolding.Words(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
            if ((Relatives.Contains(words[i]) || Cancers.Contains(words[i])) && !said.Contains(words[i])
                && words.Skip(Math.Max(0, i - PossessiveReach)).Take(Math.Min(i, PossessiveReach)).Any(Possessives.Contains))
                return true;
        if (AnswersTheirWords().IsMatch(sentence))
            return true;
        var figures = Figures(message);
        return PersonalFigure().Matches(sentence).Any(m => !figures.Contains(Digits(m.Groups["n"].Value)));
    }

    /// <summary>
    /// A reply to what that person wrote or feared: "votre oncologue a raison", "comme vous le dites", "dans votre cas",
    /// "pas d'inquiétude", "rassurez-vous".
    /// </summary>
    [GeneratedRegex(@"\bpas d['’]inquiétude\b|\brassurez[- ]vous\b|\bne vous inquiétez pas\b|\bsoyez rassurée?s?\b|\b(a|avez|ont|aviez|avait) (tout à fait |bien |entièrement )?raison\b|\bcomme vous (le dites|l'indiquez|l’indiquez|le précisez|le soulignez|l'écrivez|l’écrivez)|\bdans votre (cas|situation)\b|\bvotre (courrier|message|question) (indique|précise|dit)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswersTheirWords();

    private static HashSet<string> Figures(string text) => [.. Number().Matches(text).Select(m => Digits(m.Value))];

    private static string Digits(string number) => new([.. number.Where(char.IsAsciiDigit)]);

    /// <summary>
    /// A person's age ("vous aurez 56 ans", "âgée de 62 ans", not the rule's "de 50 à 74 ans") or an amount ("160 000 €
    /// chacun", "2 800 euros").
    /// </summary>
    [GeneratedRegex(@"(?:(?:vous avez|vous aurez|vous aviez|il a|elle a|il aura|elle aura|âgée? de|agée? de)\s(?<n>\d{1,3})\s?ans\b)|(?<n>\d[\d\u00a0\u202f .]*\d|\d)\s?(?:€|euros?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalFigure();

    [GeneratedRegex(@"\d[\d\u00a0\u202f .]*\d|\d")]
    private static partial Regex Number();
}
