using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// Asking before answering: the CM forwards a pending message (with her draft and an optional word) to an expert
/// account or to the message's committee; the expert answers in the console, or the CM records the committee's reply.
/// Checks what was submitted, then lets <see cref="ReviewStore"/> record it.
/// </summary>
public sealed class AdviceService(ReviewQueue queue, ReviewStore store, UserStore users, IOptions<WebOptions> options)
{
    /// <summary>The form's value for the message's committee; an expert is <c>expert:NAME</c>.</summary>
    public const string CommitteeChoice = "comite";

    public const string ExpertChoicePrefix = "expert:";

    /// <summary>The experts a question can be forwarded to: enabled expert accounts.</summary>
    public IReadOnlyList<string> Experts() =>
        [.. users.List().Where(u => u.Role == ConsoleRole.Expert && !u.Disabled).Select(u => u.Name)];

    /// <param name="to">The form's choice: <see cref="CommitteeChoice"/> or <see cref="ExpertChoicePrefix"/> and an expert's name.</param>
    public (long? RequestId, ReviewOutcome Outcome) Ask(long messageId, string userName, string? to, string? note, string? draft)
    {
        var item = queue.Find(messageId);
        if (item is null)
            return (null, ReviewOutcome.NotFound);
        if (item.Status != MessageStatus.Pending)
            return (null, ReviewOutcome.AlreadyDecided);
        var recipient = Recipient(to, item);
        if (recipient is null)
            return (null, ReviewOutcome.Invalid(ReviewOutcome.UnknownRecipient));
        var (trimmedNote, trimmedDraft) = (Trimmed(note), Trimmed(draft));
        if (trimmedNote?.Length > ReviewOutcome.MaxReasonLength || trimmedDraft?.Length > options.Value.MaxMessageLength)
            return (null, ReviewOutcome.Invalid(ReviewOutcome.TextTooLong));
        var id = store.AskAdvice(messageId, recipient.Value.Kind, recipient.Value.Name, trimmedNote, trimmedDraft, userName);
        return id is null ? (null, ReviewOutcome.AlreadyDecided) : (id, ReviewOutcome.Done);
    }

    /// <summary>An expert's answer to a question forwarded to them (an admin may answer any).</summary>
    public ReviewOutcome AnswerAsExpert(long requestId, string userName, bool isAdmin, string? answer)
    {
        var request = queue.FindAdviceRequest(requestId);
        if (request is null || request.RecipientKind != AdviceRecipientKind.Expert
            || (!isAdmin && !string.Equals(request.Recipient, userName, StringComparison.OrdinalIgnoreCase)))
            return ReviewOutcome.NotFound;
        return Answer(request, answer, userName);
    }

    /// <summary>The committee's reply, as the CM received it (by phone, e-mail or in person) and typed it in.</summary>
    public ReviewOutcome RecordCommitteeAnswer(long messageId, long requestId, string userName, string? answer)
    {
        var request = queue.FindAdviceRequest(requestId);
        if (request is null || request.MessageId != messageId || request.RecipientKind != AdviceRecipientKind.Committee)
            return ReviewOutcome.NotFound;
        return Answer(request, answer, userName);
    }

    /// <summary>The store claims the request by its status: answered already (or meanwhile), it says so and writes nothing.</summary>
    private ReviewOutcome Answer(AdviceRequest request, string? answer, string userName) =>
        ReviewOutcome.TextProblem(answer, options.Value.MaxMessageLength) is { } problem
            ? ReviewOutcome.Invalid(problem)
            : store.AnswerAdvice(request.Id, answer!.Trim(), userName);

    private (AdviceRecipientKind Kind, string Name)? Recipient(string? to, QueueItem item)
    {
        if (to == CommitteeChoice)
            return item.Committee is { } committee ? (AdviceRecipientKind.Committee, committee.Code) : null;
        if (to?.StartsWith(ExpertChoicePrefix, StringComparison.Ordinal) != true)
            return null;
        var name = to[ExpertChoicePrefix.Length..].Trim();
        var expert = Experts().FirstOrDefault(e => string.Equals(e, name, StringComparison.OrdinalIgnoreCase));
        return expert is null ? null : (AdviceRecipientKind.Expert, expert);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
