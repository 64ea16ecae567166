using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// One turn: draft the message, queue it for the CM with its drafts, then answer at once with what may be shown
/// without review (vetted material, committee, helplines) and say that a member of the team will answer.
/// What the turn stores is written in one transaction (<see cref="TurnWrites"/>).
/// </summary>
public sealed class KnowledgeBotHandler(
    IDraftService drafting,
    ConversationStore conversations,
    PatientReplies replies,
    IOptions<WebOptions> options) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            return;
        if (text.Length > options.Value.MaxMessageLength)
        {
            await turnContext.SendActivityAsync(replies.TooLong(), cancellationToken);
            return;
        }

        var reference = turnContext.Activity.GetConversationReference();
        var key = ConversationStore.KeyOf(reference.ChannelId, reference.Conversation.Id);
        var knownDepartment = conversations.KnownDepartment(key);
        var channel = ChannelProfiles.FromBotFrameworkId(turnContext.Activity.ChannelId);
        var suggestion = drafting.Suggest(new IncomingMessage(text, channel, knownDepartment));

        TurnWrites.Of(turnContext).Add(connection =>
        {
            ConversationStore.SaveReference(connection, reference, suggestion.Department ?? knownDepartment);
            ReviewStore.Receive(connection, key, channel, text, suggestion);
        });
        foreach (var reply in replies.For(suggestion))
            await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
