using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Review;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// Delivers a CM-approved reply from the outbox into the conversation it answers, through the adapter (proactive
/// message), with the activity id fixed in the outbox, and records it sent in the same turn's writes: for the widget,
/// in the transaction that writes the transcript line, so the reply is there exactly once.
/// </summary>
public sealed class ProactiveReplySender(CloudAdapter adapter, ConversationStore conversations, IOptions<BotOptions> options)
{
    /// <summary>The channel-data key of an approved reply's outbox activity id.</summary>
    public const string ReplyIdKey = "knowledgebot.replyId";

    /// <exception cref="InvalidOperationException">The conversation is unknown, or the reply's text was deleted.</exception>
    public async Task SendAsync(OutgoingReply outgoing, CancellationToken cancellationToken)
    {
        var reference = conversations.FindReference(outgoing.ConversationKey)
            ?? throw new InvalidOperationException("The conversation of this reply has no reference.");
        var text = outgoing.Text ?? throw new InvalidOperationException("The text of this reply was deleted.");
        await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId, reference, async (turnContext, token) =>
        {
            var reply = MessageFactory.Text(text);
            // The SDK clears Activity.Id before it posts to a connector: the id also travels in the channel data,
            // the same on every retry, so that the channel side can tell a retry from a new reply.
            reply.Id = outgoing.ActivityId;
            var data = new JObject { [ReplyIdKey] = outgoing.ActivityId };
            if (reference.ChannelId == WidgetChannelMiddleware.ChannelId)
                data[WidgetChannelMiddleware.TeamReplyMarker] = true;
            reply.ChannelData = data;
            await turnContext.SendActivityAsync(reply, token);
            TurnWrites.Of(turnContext).Add(connection => ReviewStore.MarkSent(connection, outgoing));
        }, cancellationToken);
    }
}
