namespace KnowledgeBot.Web.Review;

/// <summary>
/// Where a queued message stands. The only transitions are pending → sending → sent (approved, then delivered),
/// pending → sent (approved, no conversation to deliver to: a pasted message) and pending → rejected;
/// <see cref="ReviewStore"/> alone makes them.
/// </summary>
public enum MessageStatus
{
    Pending,
    /// <summary>Approved; the reply waits in the outbox until the conversation has it.</summary>
    Sending,
    Sent,
    Rejected,
}

public static class MessageStatusWire
{
    /// <summary>The status as stored in <c>incoming_messages.status</c>.</summary>
    public static string Wire(this MessageStatus status) => status.ToString().ToLowerInvariant();

    public static MessageStatus ParseWire(string value) => Enum.Parse<MessageStatus>(value, ignoreCase: true);
}
