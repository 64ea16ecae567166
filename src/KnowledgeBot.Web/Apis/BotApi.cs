using KnowledgeBot.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace KnowledgeBot.Web.Apis;

/// <summary>The Bot Framework messaging endpoint: the request goes straight to the adapter.</summary>
public static class BotApi
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).RequireRateLimiting(RateLimits.Messages);
        return app;
    }

    private static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            await Results.Problem("Le contenu doit être du JSON (application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(context);
            return;
        }
        await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken);
    }
}
