using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

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
}
