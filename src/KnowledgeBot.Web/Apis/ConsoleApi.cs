using System.Security.Claims;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBot.Web.Apis;

/// <summary>
/// The CM console: its pages (Razor Pages under Pages/Console, login required, each page's role in
/// <see cref="ConsolePageAccess"/>) and the form posts that change something, open to CMs and admins. Every form post carries an anti-forgery token, checked by the form binding; every decision is audited.
/// </summary>
public static class ConsoleApi
{
    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapPost("/console/login", LoginAsync).RequireRateLimiting(RateLimits.Login).WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapPost("/console/logout", LogoutAsync).RequireAuthorization(ConsolePolicies.SignedIn).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPost(ConsolePolicies.PasswordPage, ChangePasswordAsync).RequireAuthorization(ConsolePolicies.SignedIn).WithMetadata(new RequireAntiforgeryTokenAttribute());

        var console = app.MapGroup("/console").RequireAuthorization(ConsolePolicies.Answering).WithMetadata(new RequireAntiforgeryTokenAttribute());
        console.MapGet("/api/inbox", (ReviewQueue queue) => TypedResults.Ok(InboxSummary.Of(queue.Inbox())));
        console.MapPost("/messages", Submit);
        console.MapPost("/messages/{id:long}/approve", ApproveAsync);
        console.MapPost("/messages/{id:long}/reject", Reject);
        console.MapPost("/messages/{id:long}/assign", Assign);
        console.MapPost("/messages/{id:long}/drafts/{rank:int}/flag", FlagDraft);
        console.MapPost("/messages/{id:long}/ask", AskAdvice);
        console.MapPost("/messages/{id:long}/advice/{requestId:long}/answer", RecordCommitteeAnswer);
        return app;
    }

    private static async Task<IResult> LoginAsync(HttpContext context, [FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl,
        UserStore users, AuditLog audit)
    {
        var result = name is null || password is null ? new SignInAttempt(SignInOutcome.Failed) : users.SignIn(name, password);
        switch (result.Outcome)
        {
            case SignInOutcome.LockedOut:
                audit.Record(name!.Trim(), AuditActions.SignInLocked, null, new { until = result.LockedUntil });
                return Results.Redirect("/console/login?error=locked");
            case SignInOutcome.Failed:
                audit.Record(name?.Trim() ?? "", AuditActions.SignInFailed, null, null);
                return Results.Redirect("/console/login?error=1");
        }
        var user = result.Account!;
        await ConsoleSessions.SignInAsync(context, user);
        audit.Record(user.Name, AuditActions.SignedIn, null, null);
        if (user.MustChangePassword)
            return Results.Redirect(ConsolePolicies.PasswordPage);
        return Results.LocalRedirect(IsConsolePath(returnUrl) ? returnUrl! : ConsolePolicies.Home(user.Role));
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext context, ClaimsPrincipal principal, [FromForm] string? current, [FromForm] string? password,
        [FromForm] string? confirmation, UserStore users, AuditLog audit)
    {
        var name = principal.Identity!.Name!;
        if (password != confirmation)
            return Results.Redirect(ConsolePolicies.PasswordPage + "?error=mismatch");
        try
        {
            users.ChangePassword(name, current ?? "", password ?? "");
        }
        catch (AccountRejectedException)
        {
            return Results.Redirect(ConsolePolicies.PasswordPage + "?error=rejected");
        }
        // The new stamp ended every session of the account, this one too: it is opened again.
        var account = users.Find(name)!;
        await ConsoleSessions.SignInAsync(context, account);
        audit.Record(name, AuditActions.PasswordChanged, null, null);
        return Results.Redirect(ConsolePolicies.Home(account.Role));
    }

    /// <summary>Logging out ends every session of the account, also a cookie copied elsewhere.</summary>
    private static async Task<IResult> LogoutAsync(HttpContext context, ClaimsPrincipal user, UserStore users, AuditLog audit)
    {
        users.EndSessions(user.Identity!.Name!);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        audit.Record(user.Identity!.Name!, AuditActions.SignedOut, null, null);
        return Results.Redirect("/console/login");
    }

    private static IResult Submit(ClaimsPrincipal user, [FromForm] string? text, [FromForm] Channel channel, ReviewService review)
    {
        var (id, outcome) = review.Submit(user.Identity!.Name!, channel, text);
        return id is null ? ToResult(outcome, "/console/new") : Results.Redirect($"/console/messages/{id}");
    }

    private static async Task<IResult> ApproveAsync(long id, ClaimsPrincipal user, [FromForm] string? text, [FromForm] string? question, ReviewService review,
        CancellationToken cancellationToken) =>
        ToResult(await review.ApproveAsync(id, user.Identity!.Name!, text, question, cancellationToken), $"/console/messages/{id}");

    private static IResult Reject(long id, ClaimsPrincipal user, [FromForm] string? reason, ReviewService review) =>
        ToResult(review.Reject(id, user.Identity!.Name!, reason), $"/console/messages/{id}");

    private static IResult Assign(long id, ClaimsPrincipal user, [FromForm] string? assignee, ReviewService review) =>
        ToResult(review.Assign(id, user.Identity!.Name!, assignee), $"/console/messages/{id}");

    private static IResult AskAdvice(long id, ClaimsPrincipal user, [FromForm] string? to, [FromForm] string? note, [FromForm] string? draft, AdviceService advice)
    {
        var (_, outcome) = advice.Ask(id, user.Identity!.Name!, to, note, draft);
        return outcome.Kind == ReviewOutcomeKind.Done ? Results.Redirect($"/console/messages/{id}?avis=demande#avis") : ToResult(outcome, $"/console/messages/{id}");
    }

    private static IResult RecordCommitteeAnswer(long id, long requestId, ClaimsPrincipal user, [FromForm] string? answer, AdviceService advice)
    {
        var outcome = advice.RecordCommitteeAnswer(id, requestId, user.Identity!.Name!, answer);
        return outcome.Kind == ReviewOutcomeKind.Done ? Results.Redirect($"/console/messages/{id}?avis=recu#avis") : ToResult(outcome, $"/console/messages/{id}");
    }

    /// <summary>Refused input is a 400 that says why in French (the form only offers valid kinds: a 400 is a tampered request).</summary>
    private static IResult FlagDraft(long id, int rank, ClaimsPrincipal user, [FromForm] string? kind, [FromForm] string? note, ReviewService review)
    {
        var outcome = review.FlagDraft(id, rank, user.Identity!.Name!, kind, note);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Done => Results.Redirect($"/console/messages/{id}?signale=true#brouillon-{rank + 1}"),
            ReviewOutcomeKind.NotFound => Results.Problem("Brouillon introuvable.", statusCode: StatusCodes.Status404NotFound),
            _ => Results.Text(ReviewOutcome.Describe(outcome.Code), "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest),
        };
    }

    /// <summary>After a form post, back to the page with a status the page explains (post/redirect/get).</summary>
    private static IResult ToResult(ReviewOutcome outcome, string page) => outcome.Kind switch
    {
        ReviewOutcomeKind.Done => Results.Redirect(page == "/console/new" ? "/console" : page + "?done=true"),
        ReviewOutcomeKind.NotFound => Results.Problem("Message introuvable.", statusCode: StatusCodes.Status404NotFound),
        ReviewOutcomeKind.AlreadyDecided => Results.Redirect(page + "?error=decided"),
        _ => Results.Redirect(page + "?error=" + outcome.Code),
    };

    /// <summary>A path of the console and nothing a browser could read as another host (no "//", backslash or control character).</summary>
    private static bool IsConsolePath(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith("/console", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
