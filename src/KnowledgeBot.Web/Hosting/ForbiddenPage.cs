using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// What a signed-in account gets on a route its role may not open: a 403, as a French page in the console's layout
/// (an API gets the bare status). An account that must still choose its password is sent to the password page.
/// </summary>
public static class ForbiddenPage
{
    public const string View = "/Pages/Console/Forbidden.cshtml";

    public static Task DenyAsync(HttpContext context, string passwordPageUri)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var api = metadata?.GetMetadata<IDisableCookieRedirectMetadata>() is not null && metadata.GetMetadata<IAllowCookieRedirectMetadata>() is null;
        if (!api && context.User.HasClaim(ConsolePolicies.MustChangePasswordClaim, "true"))
        {
            context.Response.Redirect(passwordPageUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (api)
            return Task.CompletedTask;
        return new ViewResult { ViewName = View, StatusCode = StatusCodes.Status403Forbidden }
            .ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
