namespace KnowledgeBot.Web.Review;

/// <summary>Who the CM asks before answering: one of the association's experts (an account), or the message's departmental committee.</summary>
public enum AdviceRecipientKind { Expert, Committee }

/// <summary>A request is pending until its answer is in: written by the expert, or recorded by the CM when the committee replied.</summary>
public enum AdviceRequestStatus { Pending, Answered }

/// <summary>
/// A question the CM forwarded before answering it, with the draft she had, and the answer that came back.
/// Its texts are forgotten with the message at retention.
/// </summary>
/// <param name="Recipient">The expert's account name, or the committee's department code.</param>
/// <param name="AnsweredBy">The expert who answered; for a committee, the CM who recorded its reply.</param>
public sealed record AdviceRequest(
    long Id,
    long MessageId,
    AdviceRecipientKind RecipientKind,
    string Recipient,
    string? Note,
    string? Draft,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    AdviceRequestStatus Status,
    string? Answer,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt)
{
    /// <summary>An expert's answer, which validates the reply as knowledge when the CM sends it unchanged.</summary>
    public bool IsExpertAnswer => RecipientKind == AdviceRecipientKind.Expert && Status == AdviceRequestStatus.Answered && Answer is not null;
}

public static class AdviceRequestWire
{
    public static string Wire(this AdviceRecipientKind kind) => kind.ToString().ToLowerInvariant();

    public static string Wire(this AdviceRequestStatus status) => status.ToString().ToLowerInvariant();

    public static AdviceRecipientKind ParseKind(string value) => Enum.Parse<AdviceRecipientKind>(value, ignoreCase: true);

    public static AdviceRequestStatus ParseStatus(string value) => Enum.Parse<AdviceRequestStatus>(value, ignoreCase: true);
}
