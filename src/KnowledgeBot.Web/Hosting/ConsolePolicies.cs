using System.Security.Claims;
using KnowledgeBot.Core.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// Who may use the console. Every policy but <see cref="SignedIn"/> needs a signed-in account that has chosen its own
/// password (one signed in with a generated setup password is sent to the password page); the role policies add the
/// roles that may open the route: <see cref="Answering"/> for the CM's work, <see cref="Validating"/> for the expert's,
/// <see cref="Improving"/> for the content gaps both work on, <see cref="Administering"/> for the audit and the accounts. The default policy admits every role.
/// </summary>
public static class ConsolePolicies
{
    /// <summary>Signed in, even with a setup password still to replace (password page, logout).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The inbox, messages and their decisions, new message, search, dashboard and export: CMs and admins.</summary>
    public const string Answering = "answering";

    /// <summary>The expert validation queue and superseding a past answer: experts and admins.</summary>
    public const string Validating = "validating";

    /// <summary>The content gaps, the questions the material answers badly: every role (CMs meet them, experts write the material).</summary>
    public const string Improving = "improving";

    /// <summary>The audit log and account administration: admins.</summary>
    public const string Administering = "administering";

    public const string MustChangePasswordClaim = "knowledgebot:must-change-password";

    public const string PasswordPage = "/console/password";

    public static IServiceCollection AddConsoleAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(authorization =>
        {
            authorization.DefaultPolicy = PasswordChosen().Build();
            authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
            authorization.AddPolicy(Answering, PasswordChosen(ConsoleRoles.Cm, ConsoleRoles.Admin).Build());
            authorization.AddPolicy(Validating, PasswordChosen(ConsoleRoles.Expert, ConsoleRoles.Admin).Build());
            authorization.AddPolicy(Improving, PasswordChosen(ConsoleRoles.Cm, ConsoleRoles.Expert, ConsoleRoles.Admin).Build());
            authorization.AddPolicy(Administering, PasswordChosen(ConsoleRoles.Admin).Build());
        });

    /// <summary>Where a role's work starts: after sign-in, and the way back from a refused page.</summary>
    public static string Home(ConsoleRole role) => role == ConsoleRole.Expert ? "/console/expert" : "/console";

    public static string Home(ClaimsPrincipal user) => user.IsInRole(ConsoleRoles.Expert) ? Home(ConsoleRole.Expert) : Home(ConsoleRole.Cm);

    private static AuthorizationPolicyBuilder PasswordChosen(params string[] roles)
    {
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => !context.User.HasClaim(MustChangePasswordClaim, "true"));
        return roles.Length == 0 ? policy : policy.RequireRole(roles);
    }
}
