using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// Who may use the console. The default policy needs a signed-in CM who has chosen their own password; a CM
/// signed in with a generated setup password is "forbidden" everywhere else and sent to the password page.
/// </summary>
public static class ConsolePolicies
{
    /// <summary>Signed in, even with a setup password still to replace (password page, logout).</summary>
    public const string SignedIn = "signed-in";

    public const string MustChangePasswordClaim = "knowledgebot:must-change-password";

    public const string PasswordPage = "/console/password";

    public static IServiceCollection AddConsoleAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(authorization =>
        {
            authorization.DefaultPolicy = new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(MustChangePasswordClaim, "true"))
                .Build();
            authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        });
}
