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
/// </summary>
public sealed class KnowledgeBotHandler(
    IDraftService drafting,
    ReviewQueue queue,
    ConversationStore conversations,
    ConversationState conversationState,
    PatientReplies replies,
    IOptions<WebOptions> options) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationMemory> _memory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));

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

        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var channel = ChannelMapping.ToChannel(turnContext.Activity.ChannelId);
        var suggestion = drafting.Suggest(new IncomingMessage(text, channel, memory.KnownDepartment));
        memory.KnownDepartment = suggestion.Department ?? memory.KnownDepartment;

        var reference = turnContext.Activity.GetConversationReference();
        conversations.SaveReference(reference);
        queue.Enqueue(ConversationStore.KeyOf(reference.ChannelId, reference.Conversation.Id), channel, text, suggestion);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);

        foreach (var reply in replies.For(suggestion))
            await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
