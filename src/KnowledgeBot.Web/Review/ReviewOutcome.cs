namespace KnowledgeBot.Web.Review;

public enum ReviewOutcomeKind { Done, NotFound, AlreadyDecided, Invalid }

/// <param name="Code">A short stable code for what went wrong; <see cref="Describe"/> gives the French text shown to the CM.</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, string? Code = null)
{
    public const string EmptyText = "empty";
    public const string TextTooLong = "too-long";
    public const string Decided = "decided";
    public const string UnknownUser = "unknown-user";
    public const string DeliveryFailed = "delivery-failed";

    public static readonly ReviewOutcome Done = new(ReviewOutcomeKind.Done);
    public static readonly ReviewOutcome NotFound = new(ReviewOutcomeKind.NotFound, "not-found");
    public static readonly ReviewOutcome AlreadyDecided = new(ReviewOutcomeKind.AlreadyDecided, Decided);
    public static ReviewOutcome Invalid(string code) => new(ReviewOutcomeKind.Invalid, code);

    public static string? Describe(string? code) => code switch
    {
        EmptyText => "Le texte est vide.",
        TextTooLong => "Le texte est trop long.",
        Decided => "Ce message a déjà été traité.",
        UnknownUser => "Utilisateur inconnu.",
        DeliveryFailed => "La réponse n'a pas pu être envoyée dans la conversation ; rien n'a été enregistré. Réessayez.",
        _ => null,
    };
}
