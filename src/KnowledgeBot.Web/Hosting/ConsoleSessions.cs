using System.Globalization;
using System.Security.Claims;
using KnowledgeBot.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// Console sessions: a cookie that carries the account's security stamp and the time it was opened. Each request
/// checks both, so a session ends at logout, password change, reset or disable (the stamp changes) and after
/// <see cref="AbsoluteLifetime"/> whatever the activity; the cookie is Secure whenever the request came over HTTPS.
/// The role is one of the cookie's claims: a role change gives the account a new stamp, so no session keeps the old role.
/// </summary>
public static class ConsoleSessions
{
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    private const string StampClaim = "knowledgebot:security-stamp";
    private const string OpenedClaim = "knowledgebot:opened";

    public static AuthenticationBuilder AddConsoleCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(cookie =>
        {
            cookie.LoginPath = "/console/login";
            cookie.LogoutPath = "/console/logout";
            cookie.AccessDeniedPath = ConsolePolicies.PasswordPage;
            cookie.Cookie.Name = "kb_console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = IdleLifetime;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateAsync;
            cookie.Events.OnRedirectToAccessDenied = context => ForbiddenPage.DenyAsync(context.HttpContext, context.RedirectUri);
        });

    public static Task SignInAsync(HttpContext context, UserAccount user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role.Wire()),
            new(StampClaim, user.SecurityStamp),
            new(OpenedClaim, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ];
        if (user.MustChangePassword)
            claims.Add(new Claim(ConsolePolicies.MustChangePasswordClaim, "true"));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var name = principal?.Identity?.Name;
        var stamp = name is null ? null : users.SecurityStamp(name);
        var opened = long.TryParse(principal?.FindFirst(OpenedClaim)?.Value, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        if (stamp is null || principal!.FindFirst(StampClaim)?.Value != stamp || DateTimeOffset.UtcNow - opened > AbsoluteLifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
