namespace KnowledgeBot.Web.Review;

/// <summary>What the audit log records, each with its French label; sign-in actions and decisions are filtered apart.</summary>
public static class AuditActions
{
    public const string SignedIn = "login";
    public const string SignInFailed = "login.failed";
    public const string SignInLocked = "login.locked";
    public const string SignedOut = "logout";
    public const string PasswordChanged = "password.changed";
    public const string MessagePasted = "message.pasted";
    public const string MessageApproved = "message.approved";
    public const string MessageRejected = "message.rejected";
    public const string MessageAssigned = "message.assigned";
    public const string AnswerValidated = "answer.validated";
    public const string AnswerRejected = "answer.rejected";
    public const string AnswerSuperseded = "answer.superseded";
    public const string AnswersMerged = "answer.merged";
    public const string DraftFlagged = "draft.flagged";
    public const string AdviceRequested = "advice.requested";
    public const string AdviceAnswered = "advice.answered";

    /// <summary>The prefix shared by the decisions on messages.</summary>
    public const string MessagePrefix = "message.";

    /// <summary>The prefix shared by the experts' decisions on approved answers.</summary>
    public const string AnswerPrefix = "answer.";

    /// <summary>The prefix shared by the requests for advice and their answers.</summary>
    public const string AdvicePrefix = "advice.";

    /// <summary>The prefix shared by the CM's judgements of drafts.</summary>
    public const string DraftPrefix = "draft.";

    public static string French(string action) => action switch
    {
        SignedIn => "Connexion",
        SignInFailed => "Échec de connexion",
        SignInLocked => "Compte verrouillé (trop d'échecs)",
        SignedOut => "Déconnexion",
        PasswordChanged => "Mot de passe changé",
        MessagePasted => "Message collé",
        MessageApproved => "Réponse approuvée",
        MessageRejected => "Message rejeté",
        MessageAssigned => "Message attribué",
        AnswerValidated => "Réponse validée par un expert",
        AnswerRejected => "Réponse rejetée comme connaissance",
        AnswerSuperseded => "Réponse remplacée par un nouveau texte",
        AnswersMerged => "Réponses semblables réunies en une réponse validée",
        DraftFlagged => "Brouillon signalé",
        AdviceRequested => "Avis demandé",
        AdviceAnswered => "Avis reçu",
        _ => action,
    };

    /// <summary>The French name of a detail recorded with an action.</summary>
    public static string FrenchDetail(string key) => key switch
    {
        "edited" => "brouillon modifié",
        "deliveredThroughBot" => "envoyé dans la conversation",
        "answerId" => "réponse passée",
        "maskedItems" => "données personnelles masquées",
        "channel" => "canal",
        "triage" => "tri",
        "from" => "de",
        "to" => "à",
        "until" => "jusqu'à",
        "draft" => "brouillon",
        "sent" => "texte envoyé",
        "reason" => "motif",
        "textEdited" => "texte modifié par l'expert",
        "successor" => "remplacée par",
        "kind" => "signalement",
        "request" => "demande d'avis",
        "validatedBy" => "validée par",
        "merged" => "réponses réunies",
        _ => key,
    };
}
