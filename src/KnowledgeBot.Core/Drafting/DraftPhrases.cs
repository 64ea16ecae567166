using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Drafting;

/// <summary>The association's own sentences (greeting, empathy, helplines, referral, sign-off); the numbers come from configuration.</summary>
public sealed class DraftPhrases(HelplineOptions helplines, DraftingOptions options)
{
    public static string Greeting => "Bonjour,";

    public string SignOff(Channel channel) => ChannelProfiles.Of(channel).SignOff switch
    {
        SignOffStyle.None => "",
        SignOffStyle.Signature => options.Signature,
        _ => "Bien cordialement,\n" + options.Signature,
    };

    public static string Empathy(TriageLabel triage, bool isShort) => (triage, isShort) switch
    {
        (TriageLabel.Distress, false) => "Merci de nous avoir écrit. Ce que vous traversez est très lourd, et vous n'avez pas à le porter seul(e) : nous sommes là pour vous écouter.",
        (TriageLabel.Distress, true) => "Merci de nous avoir écrit, nous sommes là pour vous.",
        (TriageLabel.Medical, false) => "Merci pour votre message ; nous comprenons votre inquiétude.",
        (TriageLabel.Medical, true) => "Nous comprenons votre inquiétude.",
        (TriageLabel.Hostile, false) => "Nous avons bien reçu votre message et nous entendons votre mécontentement.",
        (TriageLabel.Hostile, true) => "Nous entendons votre mécontentement.",
        (TriageLabel.OutOfScope, _) => "Merci pour votre message.",
        (_, false) => "Merci pour votre message ; nous comprenons que cette situation soulève beaucoup de questions.",
        (_, true) => "Merci pour votre message.",
    };

    public string Helplines(bool isShort) => isShort
        ? $"Appelez notre ligne d'écoute au {helplines.ListeningLine} (gratuit), le {helplines.SuicidePrevention} (24h/24) ou le {helplines.Emergency} en urgence."
        : $"Vous pouvez parler à quelqu'un dès maintenant : notre ligne d'écoute au {helplines.ListeningLine} (gratuite et anonyme), le {helplines.SuicidePrevention} (numéro national de prévention du suicide, 24 h/24 et 7 j/7) et, en cas de danger immédiat, le {helplines.Emergency}.";

    public string NoMedicalAdvice(bool isShort) => isShort
        ? $"Seule votre équipe soignante peut vous conseiller ; Cancer Info : {helplines.CancerInfo}. Urgence : {helplines.Emergency}."
        : $"Nous ne pouvons pas donner d'avis médical à distance : seule l'équipe qui vous suit (oncologue, médecin traitant) peut répondre à cette question, n'hésitez pas à la contacter. Vous pouvez aussi appeler Cancer Info au {helplines.CancerInfo}. En cas d'urgence, appelez le {helplines.Emergency}.";

    public static string OutOfScope(bool isShort) => isShort
        ? "Notre association accompagne les personnes touchées par le cancer : nous ne pouvons pas traiter cette demande."
        : "Notre association accompagne les personnes touchées par le cancer et leurs proches ; nous ne pouvons malheureusement pas traiter cette demande.";

    public static string ExpertWillAnswer(bool isShort) => isShort
        ? "Un de nos experts vous répond au plus vite."
        : "Votre question mérite une réponse précise : un de nos experts va l'étudier et vous répondre au plus vite.";

    public static string Referral(CommitteeReferral committee, bool isShort)
    {
        var name = "le " + char.ToLowerInvariant(committee.Name[0]) + committee.Name[1..];
        if (committee.IsNearestOnly)
            return isShort
                ? $"Comité le plus proche : {committee.Url}"
                : $"Il n'y a pas de comité sur place ; le plus proche est {name}, qui peut vous accompagner : {committee.Url}";
        return isShort ? $"Votre comité : {committee.Url}" : $"Près de chez vous, {name} peut vous accompagner : {committee.Url}";
    }

    public static string AskPostalCode(bool isShort) => isShort
        ? "Votre code postal ? Nous vous orienterons vers votre comité."
        : "Pour vous orienter vers le comité de votre département, pourriez-vous nous indiquer votre code postal ?";
}
