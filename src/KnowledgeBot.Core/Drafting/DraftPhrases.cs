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

    /// <summary>
    /// The opening: for distress, medical, hostile and out-of-scope messages the triage decides it; for the others,
    /// who writes (condolences to the bereaved, thanks to donors and volunteers) and, for a patient, what it is about.
    /// </summary>
    /// <param name="givesInformation">Whether the draft quotes its sources: a holding reply does not hope that "these
    /// pieces of information" help.</param>
    public static string Opening(TriageLabel triage, string message, bool isShort, bool givesInformation) =>
        triage != TriageLabel.Normal ? Empathy(triage, isShort) : (SenderReader.Of(message), isShort) switch
        {
            (Sender.Bereaved, false) => "Nous vous présentons nos sincères condoléances, et nous vous remercions de nous avoir écrit dans ce moment difficile.",
            (Sender.Bereaved, true) => "Toutes nos condoléances.",
            (Sender.Donor, false) => "Merci pour votre générosité et pour la confiance que vous accordez à notre association.",
            (Sender.Donor, true) => "Merci pour votre générosité !",
            (Sender.Volunteer, false) => "Merci pour votre envie de vous engager à nos côtés : c'est précieux pour les personnes que nous accompagnons.",
            (Sender.Volunteer, true) => "Merci pour votre envie de vous engager !",
            (Sender.Professional, false) => "Merci pour votre message et pour l'attention que vous portez aux personnes touchées par la maladie.",
            (Sender.Relative, false) => "Merci pour votre message ; accompagner un proche malade demande beaucoup d'énergie, et vous avez raison de vous renseigner.",
            (Sender.Patient, false) => PatientOpening(message, givesInformation),
            _ => "Merci pour votre message.",
        };

    /// <summary>For a patient, a word on what the question is about, in the association's voice.</summary>
    private static string PatientOpening(string message, bool givesInformation)
    {
        var phrases = Text.FoldedPhrases.Of(message);
        bool About(params string[] starts) => phrases.HasAnyStart(starts);
        if (About("travail", "employeur", "emploi", "arret maladie", "arret de travail", "temps partiel", "mi temps", "licenci", "conges", "poste", "collegues", "reprise"))
            return "Merci pour votre message ; concilier la maladie et le travail soulève souvent des questions.";
        if (About("assurance", "emprunt", "pret ", "credit", "aeras", "droit a l oubli", "banque"))
            return "Merci pour votre message ; les démarches d'assurance et de prêt après un cancer peuvent être décourageantes.";
        if (About("perruque", "prothese capillaire", "protheses capillaires", "cheveux", "foulard", "turban", "alopecie"))
            return "Merci pour votre message ; la chute des cheveux est une étape difficile pendant les traitements.";
        if (About("aide financiere", "argent", "factures", "loyer", "dettes", "budget", "ressources", "payer", "reste a charge", "frais"))
            return "Merci pour votre message ; les soucis d'argent s'ajoutent trop souvent à la maladie.";
        if (About("transport", "taxi", "vsl", "ambulance", "trajet", "deplacement", "hebergement", "kilometr"))
            return "Merci pour votre message ; les trajets vers les soins pèsent souvent lourd, en temps comme en argent.";
        if (About("psycholog", "soutien", "groupe de parole", "parler a quelqu", "moral", "solitude", "isole", "isolee"))
            return "Merci pour votre message ; vous avez raison de chercher du soutien, personne ne devrait traverser cela seul.";
        if (About("sport", "activite physique", "marche nordique", "yoga", "piscine", "gym"))
            return "Merci pour votre message ; l'activité physique adaptée intéresse beaucoup de personnes pendant et après les traitements.";
        if (About("depistage", "mammographie", "frottis", "coloscopie", "vaccin", "prevention", "tabac", "fumer", "alcool", "soleil", "uv "))
            return "Merci pour votre question ; la prévention et le dépistage font partie de nos missions.";
        return givesInformation ? "Merci pour votre message ; nous espérons que ces informations vous aideront." : "Merci pour votre message.";
    }

    private static string Empathy(TriageLabel triage, bool isShort) => (triage, isShort) switch
    {
        (TriageLabel.Distress, false) => "Merci de nous avoir écrit. Ce que vous traversez est très lourd, et vous n'avez pas à le porter seul(e) : nous sommes là pour vous écouter.",
        (TriageLabel.Distress, true) => "Merci de nous avoir écrit, nous sommes là pour vous.",
        (TriageLabel.Medical, false) => "Merci pour votre message ; nous comprenons votre inquiétude.",
        (TriageLabel.Medical, true) => "Nous comprenons votre inquiétude.",
        (TriageLabel.Hostile, false) => "Nous avons bien reçu votre message et nous entendons votre mécontentement.",
        (TriageLabel.Hostile, true) => "Nous entendons votre mécontentement.",
        (TriageLabel.OutOfScope, _) => "Merci pour votre message.",
        _ => "Merci pour votre message.",
    };

    public string Helplines(bool isShort) => isShort
        ? $"Appelez notre ligne d'écoute au {helplines.ListeningLine} (gratuit), le {helplines.SuicidePrevention} (24h/24) ou le {helplines.Emergency} en urgence."
        : $"Vous pouvez parler à quelqu'un dès maintenant : notre ligne d'écoute au {helplines.ListeningLine} (gratuite et anonyme), le {helplines.SuicidePrevention} (numéro national de prévention du suicide, 24 h/24 et 7 j/7) et, en cas de danger immédiat, le {helplines.Emergency}.";

    public string NoMedicalAdvice(bool isShort) => isShort
        ? $"Seule votre équipe soignante peut vous conseiller ; Cancer Info : {helplines.CancerInfo}. Urgence : {helplines.Emergency}."
        : $"Nous ne pouvons pas donner d'avis médical à distance : seule l'équipe qui vous suit (oncologue, médecin traitant) peut répondre à cette question, n'hésitez pas à la contacter. Vous pouvez aussi appeler Cancer Info au {helplines.CancerInfo}. En cas d'urgence, appelez le {helplines.Emergency}.";

    /// <summary>Between the medical caveat and what the sources say in general.</summary>
    public static string GeneralInformation => "À titre d'information générale, voici ce qu'indiquent nos sources :";

    public static string OutOfScope(bool isShort) => isShort
        ? "Notre association accompagne les personnes touchées par le cancer : nous ne pouvons pas traiter cette demande."
        : "Notre association accompagne les personnes touchées par le cancer et leurs proches ; nous ne pouvons malheureusement pas traiter cette demande.";

    /// <summary>Before what unsure sources say: the person knows it is a first answer.</summary>
    public static string ExpertWillCheck(bool isShort) => isShort
        ? "Un de nos experts vérifie votre cas ; en attendant :"
        : "Votre question mérite une réponse précise : un de nos experts va vérifier votre situation. Voici déjà ce qu'indiquent nos sources :";

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
