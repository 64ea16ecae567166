namespace KnowledgeBot.Web.Review;

public enum ReviewOutcomeKind { Done, NotFound, AlreadyDecided, Invalid }

/// <param name="Code">A short stable code for what went wrong; <see cref="Describe"/> gives the French text shown to the CM.</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, string? Code = null)
{
    /// <summary>The longest reject reason, as the console's form says.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The longest word the CM may add to a flag on a draft.</summary>
    public const int MaxFlagNoteLength = 300;

    public const string EmptyText = "empty";
    public const string TextTooLong = "too-long";
    public const string Decided = "decided";
    public const string UnknownUser = "unknown-user";
    public const string UnknownChannel = "unknown-channel";
    public const string UnknownFlag = "unknown-flag";
    public const string NoteTooLong = "note-too-long";
    public const string UnknownRecipient = "unknown-recipient";

    public static readonly ReviewOutcome Done = new(ReviewOutcomeKind.Done);
    public static readonly ReviewOutcome NotFound = new(ReviewOutcomeKind.NotFound, "not-found");
    public static readonly ReviewOutcome AlreadyDecided = new(ReviewOutcomeKind.AlreadyDecided, Decided);
    public static ReviewOutcome Invalid(string code) => new(ReviewOutcomeKind.Invalid, code);

    /// <summary>What is wrong with a text the console submits (a reply, a question, an answer): empty or too long; null when fine.</summary>
    public static string? TextProblem(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? EmptyText : text.Trim().Length > maxLength ? TextTooLong : null;

    /// <param name="decidedBy">Who decided first, for <see cref="Decided"/>.</param>
    public static string? Describe(string? code, string? decidedBy = null) => code switch
    {
        EmptyText => "Le texte est vide.",
        TextTooLong => "Le texte est trop long.",
        Decided => decidedBy is null ? "Ce message a déjà été traité." : $"Ce message a déjà été traité par {decidedBy} : rien n'a été envoyé une seconde fois.",
        UnknownUser => "Utilisateur inconnu.",
        UnknownChannel => "Canal inconnu.",
        UnknownFlag => "Signalement inconnu : choisissez « erronée », « obsolète », « incomplète » ou « inappropriée ».",
        NoteTooLong => $"Le commentaire du signalement dépasse {MaxFlagNoteLength} caractères.",
        UnknownRecipient => "Destinataire inconnu : choisissez un expert ou le comité du message.",
        _ => null,
    };
}
