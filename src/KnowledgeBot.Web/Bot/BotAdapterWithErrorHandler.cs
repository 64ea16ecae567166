using System.Runtime.ExceptionServices;
using System.Security.Claims;
using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// The Bot Framework adapter: one transaction of writes per turn (<see cref="TurnWrites"/>), the widget channel,
/// and an error handler that logs no message text.
/// </summary>
public sealed class BotAdapterWithErrorHandler : CloudAdapter
{
    /// <summary>The SDK's own log category. It writes conversation ids at Information: the host keeps "Microsoft.Bot" at Warning.</summary>
    public const string SdkLogCategory = "Microsoft.Bot.Builder.CloudAdapter";

    public BotAdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILoggerFactory loggers, KnowledgeBotDatabase database, WidgetChannelMiddleware widget)
        : base(authentication, loggers.CreateLogger(SdkLogCategory))
    {
        var logger = loggers.CreateLogger<BotAdapterWithErrorHandler>();
        Use(new TurnWritesMiddleware(database));
        Use(widget);
        OnTurnError = async (turnContext, exception) =>
        {
            // A proactive turn delivers an approved reply: its caller (ReplyDelivery) records the failure and retries.
            if (turnContext.Activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation })
                ExceptionDispatchInfo.Throw(exception);
            // The exception's message may quote a request or a conversation: its type and stack only.
            logger.LogError("Bot turn failed on channel {ChannelId}: {Failure} {StackTrace}", turnContext.Activity.ChannelId, exception.GetType().Name, exception.StackTrace);
            await turnContext.SendActivityAsync("Désolé, un problème technique est survenu. Votre message n'a pas pu être traité ; merci de réessayer dans un instant.");
            TurnWrites.Of(turnContext).Commit();
        };
    }

    /// <summary>What the turn wrote is committed before an activity leaves the host for a channel.</summary>
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        TurnWrites.Of(turnContext).Commit();
        return base.SendActivitiesAsync(turnContext, activities, cancellationToken);
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
