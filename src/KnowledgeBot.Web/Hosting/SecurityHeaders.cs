using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// Security headers on every response. Scripts and styles come only from this host (no inline script or style).
/// The widget page may be framed by the sites configured in <see cref="WebOptions.WidgetFrameAncestors"/>; nothing else may be framed.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
                                  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value;
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var embeddable = context.Request.Path.StartsWithSegments("/widget");
            headers.ContentSecurityPolicy = Policy + (embeddable ? options.WidgetFrameAncestors : "'none'");
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!embeddable)
                headers.XFrameOptions = "DENY";
            if (context.Request.Path.StartsWithSegments("/console"))
                headers.CacheControl = "no-store";
            return next();
        });
    }
}
