using System.Text.RegularExpressions;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// Reads who writes from what the message says of the writer: a death of someone close makes a bereaved person
/// whatever else they ask (condolences come first), then a gift, an offer of help, a profession, an ill relative.
/// Nothing of the kind: a patient, the charity's first public.
/// </summary>
public static partial class SenderReader
{
    private static readonly string[] Death =
    [
        "deces", "decede", "decedee", "est decede", "est decedee", "nous a quittes", "nous a quitte", "nous a quittee", "m a quitte",
        "est mort", "est morte", "mon defunt", "ma defunte", "defunt", "defunte",
        "obseques", "enterrement", "inhumation", "funerailles", "veuf", "veuve", "deuil", "reversion", "capital deces", "disparition de",
    ];

    private static readonly string[] Gift =
    [
        "faire un don", "un don", "mon don", "mes dons", "un legs", "leguer", "legs", "donation", "recu fiscal", "donateur", "donatrice",
        "assurance vie", "beneficiaire de mon", "mecenat", "prelevement mensuel", "dons mensuels", "soutenir financierement",
        "testament", "notaire",
    ];

    private static readonly string[] Help =
    [
        "benevole", "benevolat", "m engager", "donner de mon temps", "aider l association", "participer a", "organiser une course",
        "organiser un evenement", "collecte", "course solidaire", "rejoindre vos equipes", "au profit de", "au profit de la ligue",
        "reverser", "recolter des fonds", "collecter des fonds", "evenement solidaire", "tournoi", "cagnotte", "marche solidaire",
    ];

    private static readonly string[] Profession =
    [
        "je suis infirmier", "je suis infirmiere", "assistante sociale", "assistant social", "je suis medecin", "je suis pharmacien",
        "je suis pharmacienne", "je suis enseignant", "je suis enseignante", "responsable rh", "ressources humaines", "drh",
        "je suis employeur", "notre entreprise", "un de mes salaries", "une de mes salariees", "mon salarie", "ma salariee", "mes eleves",
        "un de mes patients", "une de mes patientes", "je suis aide soignante", "je suis aide soignant", "je suis educateur",
        "je suis educatrice", "en tant que professionnel", "en tant que professionnelle", "en tant qu infirmiere",
        "en tant qu infirmier", "infirmiere scolaire", "infirmier scolaire", "infirmiere liberale", "mes patients", "mes patientes",
        "en tant qu employeur", "notre salarie", "notre salariee", "un salarie", "une salariee",
    ];

    /// <summary>Someone close who is ill ("ma mère a un cancer", "mon mari est en chimio"), or the writer calls themself a carer.</summary>
    [GeneratedRegex(@" (mon mari|ma femme|mon epouse|mon conjoint|ma conjointe|mon compagnon|ma compagne|ma mere|mon pere|ma maman|mon papa|mon fils|ma fille|mon enfant|mon frere|ma soeur|ma grand mere|mon grand pere|mon ami|mon amie|ma tante|mon oncle|ma belle mere|mon beau pere|mes parents)( \w+){0,4} (a|a un|a une|est|atteint|atteinte|malade|soigne|soignee|traite|traitee|hospitalise|hospitalisee|opere|operee|diagnostique|diagnostiquee|en chimio|suit) |proche aidant|je suis aidant|je suis aidante|j accompagne")]
    private static partial Regex IllRelative();

    /// <summary>The writer's own death ("après mon décès", "à ma mort") is a legacy's matter, not a bereavement.</summary>
    [GeneratedRegex(@" (apres |a |lors de )?(mon deces|ma mort|ma disparition|mes obseques|mon enterrement) ")]
    private static partial Regex OwnDeath();

    public static Sender Of(string message)
    {
        var phrases = new FoldedPhrases(OwnDeath().Replace(FoldedPhrases.Of(message).Key, " "));
        if (phrases.HasAny(Death))
            return Sender.Bereaved;
        if (phrases.HasAny(Gift))
            return Sender.Donor;
        if (phrases.HasAny(Help))
            return Sender.Volunteer;
        if (phrases.HasAny(Profession))
            return Sender.Professional;
        return IllRelative().IsMatch(phrases.Key) ? Sender.Relative : Sender.Patient;
    }
}
