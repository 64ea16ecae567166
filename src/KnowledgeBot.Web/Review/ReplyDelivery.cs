using KnowledgeBot.Web.Bot;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// Delivers approved replies from the outbox: at once after the approval, and again (<see cref="ReplyDeliveryService"/>)
/// after a failure or a crash, with a growing delay. One delivery at a time, so the approval and the retry loop never
/// send the same reply together.
/// </summary>
public sealed class ReplyDelivery(ReviewQueue queue, ReviewStore store, ProactiveReplySender sender, TimeProvider clock, ILogger<ReplyDelivery> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(15);

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <returns>True when the conversation has the reply (now or before).</returns>
    public async Task<bool> DeliverAsync(long messageId, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            // Read again under the lock: the other path may have delivered it meanwhile.
            var reply = queue.Reply(messageId);
            if (reply is null || reply.SentAt is not null)
                return reply is not null;
            try
            {
                await sender.SendAsync(reply, cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Type only: an exception's message may quote the conversation or the request.
                var failure = exception.GetType().Name;
                logger.LogWarning("Delivering the reply to message {MessageId} failed (attempt {Attempt}): {Failure}", messageId, reply.Attempts + 1, failure);
                store.RecordFailedAttempt(reply, failure, clock.GetUtcNow() + Delay(reply.Attempts + 1));
                return false;
            }
        }
        finally
        {
            _one.Release();
        }
    }

    /// <param name="all">Also the replies whose next attempt is not due yet (on start: the host may have been down for long).</param>
    /// <returns>How many replies were delivered.</returns>
    public async Task<int> DeliverDueAsync(bool all, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var reply in queue.DueReplies(all ? DateTimeOffset.MaxValue : clock.GetUtcNow()))
        {
            if (await DeliverAsync(reply.MessageId, cancellationToken))
                delivered++;
        }
        return delivered;
    }

    private static TimeSpan Delay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(attempts - 1, 16)));
}
