using System.Security.Claims;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBot.Web.Apis;

/// <summary>
/// The experts' form posts on approved answers and on the questions CMs forwarded to them (the queue is
/// Pages/Console/Expert, superseding starts from Pages/Console/Answer): experts and admins only, each with its anti-forgery token, each decision audited.
/// </summary>
public static class ExpertApi
{
    public const string QueuePage = "/console/expert";

    public static IEndpointRouteBuilder MapExpertApi(this IEndpointRouteBuilder app)
    {
        var expert = app.MapGroup(QueuePage).RequireAuthorization(ConsolePolicies.Validating).WithMetadata(new RequireAntiforgeryTokenAttribute());
        expert.MapPost("/{id}/validate", ValidateAsync);
        expert.MapPost("/{id}/reject", RejectAsync);
        expert.MapPost("/{id}/supersede", SupersedeAsync);
        expert.MapPost("/requests/{requestId:long}/answer", AnswerAdvice);
        expert.MapPost("/merge", MergeAsync);
        return app;
    }

    private static async Task<IResult> ValidateAsync(string id, ClaimsPrincipal user, [FromForm] string? text, ExpertReviewService review,
        CancellationToken cancellationToken) =>
        ToQueue(await review.ValidateAsync(id, user.Identity!.Name!, text, cancellationToken), id, "validated");

    private static async Task<IResult> RejectAsync(string id, ClaimsPrincipal user, ExpertReviewService review, CancellationToken cancellationToken) =>
        ToQueue(await review.RejectAsync(id, user.Identity!.Name!, cancellationToken), id, "rejected");

    private static async Task<IResult> SupersedeAsync(string id, ClaimsPrincipal user, [FromForm] string? text, ExpertReviewService review,
        CancellationToken cancellationToken)
    {
        var (outcome, successor) = await review.SupersedeAsync(id, user.Identity!.Name!, text, cancellationToken);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Done => Results.Redirect($"/console/answers/{Uri.EscapeDataString(successor!)}?done=superseded"),
            ReviewOutcomeKind.NotFound => Results.Problem("Réponse introuvable.", statusCode: StatusCodes.Status404NotFound),
            _ => Results.Redirect($"/console/answers/{Uri.EscapeDataString(id)}?error={outcome.Code}"),
        };
    }

    /// <summary>The expert's answer to a question a CM forwarded: it goes back to the CM, who sends it (unchanged, it is knowledge validated by this expert).</summary>
    private static IResult AnswerAdvice(long requestId, ClaimsPrincipal user, [FromForm] string? answer, AdviceService advice)
    {
        var outcome = advice.AnswerAsExpert(requestId, user.Identity!.Name!, user.IsInRole(ConsoleRoles.Admin), answer);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Done => Results.Redirect($"{QueuePage}?done=advice"),
            ReviewOutcomeKind.NotFound => Results.Problem("Demande d'avis introuvable.", statusCode: StatusCodes.Status404NotFound),
            _ => Results.Redirect($"{QueuePage}?error={outcome.Code}"),
        };
    }

    /// <summary>A suggestion taken: similar approved answers become one validated past answer.</summary>
    private static async Task<IResult> MergeAsync(ClaimsPrincipal user, IFormCollection form, ExpertReviewService review, CancellationToken cancellationToken)
    {
        string? keep = form["keep"];
        var outcome = await review.MergeAsync([.. form["ids"].OfType<string>()], keep ?? "", user.Identity!.Name!, form["text"], cancellationToken);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Done => Results.Redirect($"{QueuePage}?done=merged&reponse={Uri.EscapeDataString(keep!)}"),
            ReviewOutcomeKind.NotFound => Results.Problem("Réponse introuvable.", statusCode: StatusCodes.Status404NotFound),
            _ => Results.Redirect($"{QueuePage}?error={outcome.Code}&reponse={Uri.EscapeDataString(keep!)}"),
        };
    }

    /// <summary>Back to the queue (post/redirect/get), naming the answer so that the page can say what became of it.</summary>
    private static IResult ToQueue(ReviewOutcome outcome, string id, string done) => outcome.Kind switch
    {
        ReviewOutcomeKind.Done => Results.Redirect($"{QueuePage}?done={done}&reponse={Uri.EscapeDataString(id)}"),
        ReviewOutcomeKind.NotFound => Results.Problem("Réponse introuvable.", statusCode: StatusCodes.Status404NotFound),
        _ => Results.Redirect($"{QueuePage}?error={outcome.Code}&reponse={Uri.EscapeDataString(id)}"),
    };
}
