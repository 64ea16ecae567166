using KnowledgeBot.Web.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// The website widget is a channel served by this host: the person's message and what the bot sends to a widget
/// conversation (a reply in the turn, or later a proactive CM-approved reply) are written to the conversation's
/// transcript, which the widget polls, instead of going to a Bot Framework connector. They are the turn's writes
/// (<see cref="TurnWrites"/>): the person's line, the queue item and the replies are stored together or not at all.
/// </summary>
public sealed class WidgetChannelMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const string ChannelId = "widget";

    /// <summary>Marks an activity as the team's reply (approved by the CM) rather than the bot's.</summary>
    public const string TeamReplyMarker = "knowledgebot.teamReply";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var incoming = turnContext.Activity;
        if (incoming.ChannelId != ChannelId)
            return next(cancellationToken);

        var key = ConversationStore.KeyOf(ChannelId, incoming.Conversation.Id);
        var writes = TurnWrites.Of(turnContext);
        if (incoming.Type == ActivityTypes.Message && incoming.From?.Role == RoleTypes.User)
            writes.Add(connection => ConversationStore.Append(connection, key, TranscriptRole.Patient, incoming.Text, incoming.Id ?? NewId(), []));
        turnContext.OnSendActivities((_, activities, _) => Task.FromResult(activities
            .Where(a => a.Type == ActivityTypes.Message)
            .Select(activity =>
            {
                var id = activity.Id ??= NewId();
                writes.Add(connection => ConversationStore.Append(connection, key, RoleOf(activity), activity.Text, id, CardsOf(activity)));
                return new ResourceResponse(id);
            })
            .ToArray()));
        return next(cancellationToken);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static string RoleOf(Activity activity) =>
        activity.ChannelData is JObject data && data.Value<bool?>(TeamReplyMarker) == true ? TranscriptRole.Team : TranscriptRole.Bot;

    private static List<MaterialCard> CardsOf(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType)
            .Select(a => a.Content as HeroCard ?? JObject.FromObject(a.Content).ToObject<HeroCard>()!)
            .Select(card => new MaterialCard(card.Title ?? "", card.Text ?? "", card.Buttons?.FirstOrDefault()?.Value?.ToString()))
            .ToList();
}
