using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Privacy;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// The CM's decisions on queued messages and her flags on their drafts: checks what she submitted, lets <see cref="ReviewStore"/> record it, hands an
/// approved reply to <see cref="ReplyDelivery"/> and indexes the approved answer (with personal data masked).
/// </summary>
public sealed class ReviewService(
    ReviewQueue queue,
    ReviewStore store,
    ReplyDelivery delivery,
    IDraftService drafting,
    IKnowledgeIndex index,
    PersonalDataMasker masker,
    UserStore users,
    IOptions<WebOptions> options,
    ILogger<ReviewService> logger)
{
    /// <summary>Drafts a message the CM pasted from a channel that is not connected (e-mail, forum, a comment).</summary>
    public (long? Id, ReviewOutcome Outcome) Submit(string userName, Channel channel, string? body)
    {
        if (!Enum.IsDefined(channel))
            return (null, ReviewOutcome.Invalid(ReviewOutcome.UnknownChannel));
        var problem = CheckText(body);
        if (problem is not null)
            return (null, ReviewOutcome.Invalid(problem));
        var text = body!.Trim();
        var suggestion = drafting.Suggest(new IncomingMessage(text, channel));
        return (store.Paste(userName, channel, text, suggestion), ReviewOutcome.Done);
    }

    /// <summary>
    /// Records the approval (decision, outbox, approved answer, audit: one transaction), then delivers the reply.
    /// A reply that is an expert's answer to a request for advice, sent unchanged, is knowledge validated by that expert.
    /// A delivery that fails is retried by <see cref="ReplyDeliveryService"/>: the approval stands.
    /// </summary>
    /// <param name="knowledgeQuestion">The question as the CM lets it be kept as knowledge; null: the message, masked.</param>
    public async Task<ReviewOutcome> ApproveAsync(long messageId, string userName, string? replyText, string? knowledgeQuestion, CancellationToken cancellationToken)
    {
        var item = queue.Find(messageId);
        if (item is null)
            return ReviewOutcome.NotFound;
        if (item.Status != MessageStatus.Pending)
            return ReviewOutcome.AlreadyDecided;
        var problem = CheckText(replyText) ?? (knowledgeQuestion is null ? null : CheckText(knowledgeQuestion));
        if (problem is not null)
            return ReviewOutcome.Invalid(problem);
        var reply = replyText!.Trim();

        var drafts = queue.Drafts(messageId);
        var best = drafts.FirstOrDefault();
        var question = masker.Mask(knowledgeQuestion?.Trim() ?? item.Body ?? "");
        var answer = masker.Mask(reply);
        var references = best?.Sources.Select(s => s.Url).OfType<string>().Distinct().ToList() ?? [];
        var validatedBy = queue.AdviceRequests(messageId).LastOrDefault(r => r.IsExpertAnswer && r.Answer!.Trim() == reply)?.AnsweredBy;
        var (outcome, outgoing) = store.Approve(new Approval(messageId, userName, reply, best?.Text, question.Text, answer.Text, references,
            question.Items.Count + answer.Items.Count, DraftEditDistance.ToNearest(drafts.Select(d => d.Text), reply), validatedBy));
        if (outcome.Kind != ReviewOutcomeKind.Done)
            return outcome;

        if (outgoing is not null)
            await delivery.DeliverAsync(messageId, cancellationToken);
        await IndexAsync(ApprovedAnswer.ToDocument(ApprovedAnswer.IdFor(messageId), question.Text, answer.Text, references, DateTimeOffset.UtcNow,
            validatedBy is null ? DocumentStatus.PendingValidation : DocumentStatus.Current), cancellationToken);
        return ReviewOutcome.Done;
    }

    public ReviewOutcome Reject(long messageId, string userName, string? reason)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed?.Length > ReviewOutcome.MaxReasonLength)
            return ReviewOutcome.Invalid(ReviewOutcome.TextTooLong);
        return store.Reject(messageId, userName, trimmed);
    }

    public ReviewOutcome Assign(long messageId, string userName, string? assignee)
    {
        var known = users.Names().FirstOrDefault(n => string.Equals(n, assignee?.Trim(), StringComparison.OrdinalIgnoreCase));
        return known is null ? ReviewOutcome.Invalid(ReviewOutcome.UnknownUser) : store.Assign(messageId, userName, known);
    }

    /// <param name="kind">The kind as the form sends it (<see cref="DraftFlagKinds.Wire"/>).</param>
    public ReviewOutcome FlagDraft(long messageId, int draftRank, string userName, string? kind, string? note)
    {
        if (DraftFlagKinds.ParseWire(kind) is not { } flag)
            return ReviewOutcome.Invalid(ReviewOutcome.UnknownFlag);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > ReviewOutcome.MaxFlagNoteLength)
            return ReviewOutcome.Invalid(ReviewOutcome.NoteTooLong);
        return store.FlagDraft(messageId, draftRank, flag, trimmed, userName);
    }

    private string? CheckText(string? text) => ReviewOutcome.TextProblem(text, options.Value.MaxMessageLength);

    private async Task IndexAsync(Document answer, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpdateAsync(new IndexUpdate(One(answer)), cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is safe in the database; the next full index refresh (ApprovedAnswersSource) picks it up.
            logger.LogWarning("Indexing approved answer {AnswerId} failed: {Failure}", answer.Id, exception.GetType().Name);
        }
    }

    private static async IAsyncEnumerable<Document> One(Document document)
    {
        await Task.CompletedTask;
        yield return document;
    }
}
