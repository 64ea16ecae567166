using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>What the expert is told after a decision on an answer, in French: done, refused input, or already decided by whom.</summary>
public static class AnswerReviewNotice
{
    public static string ShortId(string id) => id.StartsWith("answer:", StringComparison.Ordinal) ? id["answer:".Length..] : id;

    public static string? Done(string? done, string? id) => done switch
    {
        "validated" => $"La réponse {ShortId(id ?? "")} est validée : les brouillons peuvent désormais s'en servir comme réponse validée.",
        "rejected" => $"La réponse {ShortId(id ?? "")} est rejetée comme connaissance : elle reste la réponse envoyée, sans devenir une réponse passée.",
        "merged" => $"Les réponses semblables ne font plus qu'une réponse validée, {ShortId(id ?? "")} : les recherches qui trouvaient les autres donnent désormais celle-ci.",
        "advice" => "Votre réponse est transmise à l'équipe : envoyée telle quelle, elle deviendra une réponse validée par vous.",
        "superseded" => "Le nouveau texte remplace l'ancienne réponse : les recherches qui la trouvaient donnent désormais celle-ci.",
        _ => null,
    };

    /// <param name="answer">The answer the refused decision was about, as it stands now.</param>
    public static string? Problem(string? error, StoredAnswer? answer)
    {
        if (error != ReviewOutcome.Decided || answer is null)
            return ReviewOutcome.Describe(error);
        var what = answer.Status switch
        {
            ApprovedAnswerStatus.Validated => "validée",
            ApprovedAnswerStatus.Rejected => "rejetée comme connaissance",
            ApprovedAnswerStatus.Superseded => "remplacée",
            _ => "traitée",
        };
        var by = answer.ReviewedBy is { } expert ? $" par {expert}" : "";
        var when = answer.ReviewedAt is { } at ? $" le {ConsoleFormat.Date(at)}" : "";
        return $"Cette réponse a déjà été {what}{by}{when} : rien n'a été appliqué une seconde fois.";
    }
}
