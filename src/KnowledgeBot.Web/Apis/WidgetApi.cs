using System.Security.Cryptography;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Apis;

/// <summary>
/// The website widget's channel: it opens a conversation, posts the person's messages to the bot
/// (in process, through the adapter) and polls the conversation's transcript for the replies.
/// </summary>
public static class WidgetApi
{
    public sealed record PostedMessage(string? Text);

    public sealed record ConversationCreated(string ConversationId);

    public sealed record TranscriptPage(IReadOnlyList<TranscriptEntry> Messages);

    public static IEndpointRouteBuilder MapWidgetApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/widget", () => Results.Redirect("/widget/"));
        var conversations = app.MapGroup("/widget/api/conversations");
        conversations.MapPost("/", CreateConversation).RequireRateLimiting(RateLimits.Messages);
        conversations.MapPost("/{id}/messages", PostMessageAsync).RequireRateLimiting(RateLimits.Messages);
        conversations.MapGet("/{id}/messages", ReadMessages).RequireRateLimiting(RateLimits.Polling);
        return app;
    }

    private static Created<ConversationCreated> CreateConversation(ConversationStore store)
    {
        var id = Base64Url(RandomNumberGenerator.GetBytes(16));
        store.Create(ConversationStore.KeyOf(WidgetChannelMiddleware.ChannelId, id), WidgetChannelMiddleware.ChannelId);
        return TypedResults.Created($"/widget/api/conversations/{id}/messages", new ConversationCreated(id));
    }

    private static async Task<Results<Ok<TranscriptPage>, ProblemHttpResult>> PostMessageAsync(
        string id, PostedMessage message, HttpRequest request, ConversationStore store, BotAdapterWithErrorHandler adapter, IBot bot,
        IOptions<WebOptions> web, IOptions<BotOptions> botOptions, CancellationToken cancellationToken)
    {
        var key = ConversationStore.KeyOf(WidgetChannelMiddleware.ChannelId, id);
        if (!IsWellFormed(id) || !store.Exists(key))
            return UnknownConversation();
        var text = message.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            return TypedResults.Problem("Le message est vide.", statusCode: StatusCodes.Status400BadRequest);
        if (text.Length > web.Value.MaxMessageLength)
            return TypedResults.Problem($"Le message dépasse {web.Value.MaxMessageLength} caractères.", statusCode: StatusCodes.Status413PayloadTooLarge);

        var before = store.LastSeq(key);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = WidgetChannelMiddleware.ChannelId,
            // Never called: the widget middleware writes replies to the transcript instead of a connector.
            ServiceUrl = $"{request.Scheme}://{request.Host}/widget/",
            Conversation = new ConversationAccount(id: id),
            From = new ChannelAccount(id: $"visitor-{id}", role: RoleTypes.User),
            Recipient = new ChannelAccount(id: "knowledgebot", name: "KnowledgeBot", role: RoleTypes.Bot),
            Text = text,
            Locale = "fr-FR",
            Timestamp = DateTimeOffset.UtcNow,
        };
        await adapter.ProcessHostActivityAsync(activity, botOptions.Value.MicrosoftAppId, bot.OnTurnAsync, cancellationToken);
        return TypedResults.Ok(new TranscriptPage(store.Transcript(key, before)));
    }

    private static Results<Ok<TranscriptPage>, ProblemHttpResult> ReadMessages(string id, long? after, ConversationStore store)
    {
        var key = ConversationStore.KeyOf(WidgetChannelMiddleware.ChannelId, id);
        if (!IsWellFormed(id) || !store.Exists(key))
            return UnknownConversation();
        return TypedResults.Ok(new TranscriptPage(store.Transcript(key, after ?? 0)));
    }

    private static ProblemHttpResult UnknownConversation() =>
        TypedResults.Problem("Conversation inconnue.", statusCode: StatusCodes.Status404NotFound);

    private static bool IsWellFormed(string id) => id.Length == 22 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
