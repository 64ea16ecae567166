using KnowledgeBot.Web.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace KnowledgeBot.Web.Bot;

/// <summary>Delivers a CM-approved reply into the conversation it answers, through the adapter (proactive message).</summary>
public sealed class ProactiveReplySender(CloudAdapter adapter, ConversationStore conversations, IOptions<BotOptions> options)
{
    /// <exception cref="InvalidOperationException">The conversation is unknown.</exception>
    public async Task SendAsync(string conversationKey, string text, CancellationToken cancellationToken)
    {
        var reference = conversations.FindReference(conversationKey)
            ?? throw new InvalidOperationException($"No conversation reference for {conversationKey}.");
        await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId, reference, async (turnContext, token) =>
        {
            var reply = MessageFactory.Text(text);
            if (reference.ChannelId == WidgetChannelMiddleware.ChannelId)
                reply.ChannelData = new JObject { [WidgetChannelMiddleware.TeamReplyMarker] = true };
            await turnContext.SendActivityAsync(reply, token);
        }, cancellationToken);
    }
}
