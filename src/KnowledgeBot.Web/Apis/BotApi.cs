using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace KnowledgeBot.Web.Apis;

/// <summary>
/// The Bot Framework messaging endpoint. The activity is checked first (<see cref="IncomingActivityCheck"/>), then
/// goes to the adapter, which validates the channel's token when an app id is set. Every refusal is a 4xx with a
/// French message; a channel that refuses the bot's reply is a 502; nothing is stored for a refused activity.
/// </summary>
public static class BotApi
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).RequireRateLimiting(RateLimits.BotMessages);
        var options = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotApi));
        if (options.RequiresTokens)
            logger.LogInformation("/api/messages: Bot Framework tokens are checked (app id set)");
        else if (options.AllowUnauthenticatedLocalChannels ?? app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
            logger.LogWarning("/api/messages: no app id, activities without a token are accepted from channels on this machine only (emulator)");
        else
            logger.LogWarning("/api/messages is closed: set KnowledgeBot:Bot:MicrosoftAppId and its secret to connect Azure Bot Service channels");
        return app;
    }

    private static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<BotOptions> options,
        IHostEnvironment environment, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var botOptions = options.Value;
        if (!context.Request.HasJsonContentType())
        {
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Le contenu doit être du JSON (application/json).");
            return;
        }
        if (!botOptions.RequiresTokens && !(botOptions.AllowUnauthenticatedLocalChannels ?? environment.IsDevelopment()))
        {
            await Refuse(context, StatusCodes.Status403Forbidden,
                "Le point d'accès Bot Framework est fermé : configurez KnowledgeBot:Bot:MicrosoftAppId (et son secret) pour le relier à Azure Bot Service.");
            return;
        }

        context.Request.EnableBuffering();
        var problem = IncomingActivityCheck.Problem(await ReadActivityAsync(context.Request, cancellationToken), botOptions.RequiresTokens);
        if (problem is not null)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, problem);
            return;
        }
        context.Request.Body.Position = 0;
        var turn = new StartedTurn(bot);
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // Before the turn, the SDK throws on a token it cannot read or check; after, when the channel refuses
            // the bot's reply. Neither is a 500.
            loggers.CreateLogger(typeof(BotApi)).LogWarning("Bot activity refused: {Failure}", exception.GetType().Name);
            await (turn.Started
                ? Refuse(context, StatusCodes.Status502BadGateway, "Le canal n'a pas accepté la réponse du bot.")
                : Refuse(context, StatusCodes.Status401Unauthorized, "Jeton Bot Framework invalide."));
        }
    }

    /// <summary>The bot, remembering whether the adapter got as far as running the turn (authentication passed).</summary>
    private sealed class StartedTurn(IBot bot) : IBot
    {
        public bool Started { get; private set; }

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            Started = true;
            return bot.OnTurnAsync(turnContext, cancellationToken);
        }
    }

    private static async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task Refuse(HttpContext context, int status, string detail) =>
        Results.Problem(detail, statusCode: status).ExecuteAsync(context);
}
