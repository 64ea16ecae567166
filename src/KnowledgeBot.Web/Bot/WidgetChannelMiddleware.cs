using KnowledgeBot.Web.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// The website widget is a channel served by this host: what the bot sends to a widget conversation
/// (a reply in the turn, or later a proactive CM-approved reply) is written to the conversation's transcript,
/// which the widget polls, instead of going to a Bot Framework connector.
/// </summary>
public sealed class WidgetChannelMiddleware(ConversationStore conversations) : Microsoft.Bot.Builder.IMiddleware
{
    public const string ChannelId = "widget";

    /// <summary>Marks an activity as the team's reply (approved by the CM) rather than the bot's.</summary>
    public const string TeamReplyMarker = "knowledgebot.teamReply";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.ChannelId == ChannelId)
        {
            var key = ConversationStore.KeyOf(ChannelId, turnContext.Activity.Conversation.Id);
            turnContext.OnSendActivities((_, activities, _) => Task.FromResult(activities
                .Where(a => a.Type == ActivityTypes.Message)
                .Select(a => new ResourceResponse(conversations.Append(key, RoleOf(a), a.Text, CardsOf(a)).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray()));
        }
        return next(cancellationToken);
    }

    private static string RoleOf(Activity activity) =>
        activity.ChannelData is JObject data && data.Value<bool?>(TeamReplyMarker) == true ? TranscriptRole.Team : TranscriptRole.Bot;

    private static List<MaterialCard> CardsOf(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType)
            .Select(a => a.Content as HeroCard ?? JObject.FromObject(a.Content).ToObject<HeroCard>()!)
            .Select(card => new MaterialCard(card.Title ?? "", card.Text ?? "", card.Buttons?.FirstOrDefault()?.Value?.ToString()))
            .ToList();
}
