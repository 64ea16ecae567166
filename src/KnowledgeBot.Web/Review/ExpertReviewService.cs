using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Privacy;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// The experts' decisions on approved answers: checks and masks what the expert wrote, lets <see cref="ReviewStore"/>
/// record it, then brings the index in step (validated answers become current knowledge that drafting may use, a
/// rejected one leaves the index, a superseded one points to its successor).
/// </summary>
public sealed class ExpertReviewService(
    ExpertQueue queue,
    ReviewStore store,
    IKnowledgeIndex index,
    PersonalDataMasker masker,
    IOptions<WebOptions> options,
    ILogger<ExpertReviewService> logger)
{
    /// <param name="text">The answer as the expert corrected it; null or unchanged: validated as the CM approved it.</param>
    public async Task<ReviewOutcome> ValidateAsync(string answerId, string expert, string? text, CancellationToken cancellationToken)
    {
        var answer = queue.Find(answerId);
        if (answer is null)
            return ReviewOutcome.NotFound;
        MaskedText? edited = null;
        if (text is not null && text.Trim() != answer.Answer)
        {
            if (CheckText(text) is { } problem)
                return ReviewOutcome.Invalid(problem);
            edited = masker.Mask(text.Trim());
        }
        var outcome = store.Validate(answerId, expert, edited?.Text, edited?.Items.Count ?? 0);
        if (outcome.Kind == ReviewOutcomeKind.Done)
            await IndexAsync(new IndexUpdate(Documents(queue.Find(answerId)!)), answerId, cancellationToken);
        return outcome;
    }

    public async Task<ReviewOutcome> RejectAsync(string answerId, string expert, CancellationToken cancellationToken)
    {
        var outcome = store.RejectAnswer(answerId, expert);
        if (outcome.Kind == ReviewOutcomeKind.Done)
            await IndexAsync(new IndexUpdate(Documents(), Deletes: [answerId]), answerId, cancellationToken);
        return outcome;
    }

    /// <returns>The outcome, and the successor's id when done.</returns>
    public async Task<(ReviewOutcome Outcome, string? SuccessorId)> SupersedeAsync(string answerId, string expert, string? text, CancellationToken cancellationToken)
    {
        if (CheckText(text) is { } problem)
            return (ReviewOutcome.Invalid(problem), null);
        var masked = masker.Mask(text!.Trim());
        var (outcome, successor) = store.Supersede(answerId, expert, masked.Text, masked.Items.Count);
        if (outcome.Kind == ReviewOutcomeKind.Done)
            await IndexAsync(new IndexUpdate(Documents(queue.Find(answerId)!, queue.Find(successor!)!)), answerId, cancellationToken);
        return (outcome, successor);
    }

    /// <summary>A suggestion taken: the kept answer validated with the expert's text, the others superseded by it.</summary>
    /// <param name="answerIds">The answers of the group (the kept one may be among them).</param>
    public async Task<ReviewOutcome> MergeAsync(IReadOnlyList<string> answerIds, string keptId, string expert, string? text, CancellationToken cancellationToken)
    {
        var others = answerIds.Distinct(StringComparer.Ordinal).Where(id => id != keptId).ToList();
        if (others.Count == 0 || others.Append(keptId).Any(id => queue.Find(id) is null))
            return ReviewOutcome.NotFound;
        if (CheckText(text) is { } problem)
            return ReviewOutcome.Invalid(problem);
        var masked = masker.Mask(text!.Trim());
        var outcome = store.Merge(keptId, others, expert, masked.Text, masked.Items.Count);
        if (outcome.Kind == ReviewOutcomeKind.Done)
            await IndexAsync(new IndexUpdate(Documents([.. others.Append(keptId).Select(id => queue.Find(id)!)])), keptId, cancellationToken);
        return outcome;
    }

    private string? CheckText(string? text) => ReviewOutcome.TextProblem(text, options.Value.MaxMessageLength);

    private async Task IndexAsync(IndexUpdate update, string answerId, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpdateAsync(update, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The decision is safe in the database; the next full index refresh (ApprovedAnswersSource) applies it.
            logger.LogWarning("Indexing the review of answer {AnswerId} failed: {Failure}", answerId, exception.GetType().Name);
        }
    }

    private static async IAsyncEnumerable<Document> Documents(params StoredAnswer[] answers)
    {
        await Task.CompletedTask;
        foreach (var answer in answers)
            yield return ApprovedAnswer.ToDocument(answer.Id, answer.Question, answer.Answer, answer.References, answer.ApprovedAt,
                answer.Status.AsDocument()!.Value, answer.SupersededBy);
    }
}
