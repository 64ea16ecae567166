using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace KnowledgeBot.Web.Bot;

/// <summary>The Bot Framework adapter: the widget channel middleware, and an error handler that logs no message text.</summary>
public sealed class BotAdapterWithErrorHandler : CloudAdapter
{
    public BotAdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<BotAdapterWithErrorHandler> logger, WidgetChannelMiddleware widget)
        : base(authentication, logger)
    {
        Use(widget);
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Bot turn failed on channel {ChannelId}", turnContext.Activity.ChannelId);
            await turnContext.SendActivityAsync("Désolé, un problème technique est survenu. Votre message n'a pas pu être traité ; merci de réessayer dans un instant.");
        };
    }

    /// <summary>
    /// Runs a turn for an activity this host received itself (the website widget is part of the host), so there is
    /// no Bot Framework token to validate: the turn runs as the bot's own identity, like a proactive turn.
    /// </summary>
    public Task<InvokeResponse> ProcessHostActivityAsync(Activity activity, string botAppId, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, botAppId),
            new Claim(AuthenticationConstants.AppIdClaim, botAppId),
        ]);
        var request = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            ConnectorFactory = BotFrameworkAuthentication.CreateConnectorFactory(identity),
        };
        return ProcessActivityAsync(request, activity, callback, cancellationToken);
    }
}
