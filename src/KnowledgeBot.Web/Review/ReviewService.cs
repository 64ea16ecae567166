using System.Text.Json;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Review;

/// <summary>The CM's decisions on queued messages. Each one is stored with its audit entry in one transaction.</summary>
public sealed class ReviewService(
    KnowledgeBotDatabase database,
    ReviewQueue queue,
    IDraftService drafting,
    IKnowledgeIndex index,
    ProactiveReplySender sender,
    UserStore users,
    IOptions<WebOptions> options,
    ILogger<ReviewService> logger)
{
    /// <summary>Drafts a message the CM pasted from a channel that is not connected (e-mail, forum, a comment).</summary>
    public (long? Id, ReviewOutcome Outcome) Submit(string userName, Channel channel, string? body)
    {
        var problem = CheckText(body);
        if (problem is not null)
            return (null, ReviewOutcome.Invalid(problem));
        var suggestion = drafting.Suggest(new IncomingMessage(body!.Trim(), channel));
        var id = queue.Enqueue(null, channel, body.Trim(), suggestion);
        AuditLogFor(userName, "message.pasted", id, new { channel = channel.ToString(), triage = suggestion.Triage.ToString() });
        return (id, ReviewOutcome.Done);
    }

    /// <summary>
    /// Sends the reply through the bot (when the message came from a connected conversation), then records the decision
    /// and stores the reply as a past answer pending expert validation, and indexes it.
    /// </summary>
    public async Task<ReviewOutcome> ApproveAsync(long messageId, string userName, string? replyText, CancellationToken cancellationToken)
    {
        var item = queue.Find(messageId);
        if (item is null)
            return ReviewOutcome.NotFound;
        if (item.Status != QueueStatus.Pending)
            return ReviewOutcome.AlreadyDecided;
        var problem = CheckText(replyText);
        if (problem is not null)
            return ReviewOutcome.Invalid(problem);
        var reply = replyText!.Trim();

        if (item.ConversationKey is not null)
        {
            try
            {
                await sender.SendAsync(item.ConversationKey, reply, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Delivering the reply to message {MessageId} failed", messageId);
                return ReviewOutcome.Invalid(ReviewOutcome.DeliveryFailed);
            }
        }

        var drafts = queue.Drafts(messageId);
        var best = drafts.FirstOrDefault();
        var references = best?.Sources.Select(s => s.Url).OfType<string>().Distinct().ToList() ?? [];
        var answerId = ApprovedAnswer.IdFor(messageId);
        var approvedAt = DateTimeOffset.UtcNow;
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            var changed = connection.Execute("UPDATE incoming_messages SET status = $s, decided_at = $at WHERE id = $id AND status = $pending",
                ("$s", QueueStatus.Approved), ("$at", approvedAt.ToString("O")), ("$id", messageId), ("$pending", QueueStatus.Pending));
            if (changed == 0)
                return ReviewOutcome.AlreadyDecided;
            connection.Execute("INSERT INTO decisions (message_id, user_name, action, reply_text, answer_id, decided_at) VALUES ($m, $u, 'approved', $t, $a, $at)",
                ("$m", messageId), ("$u", userName), ("$t", reply), ("$a", answerId), ("$at", approvedAt.ToString("O")));
            connection.Execute("INSERT INTO approved_answers (id, message_id, question, answer, refs, approved_by, approved_at) VALUES ($id, $m, $q, $a, $r, $u, $at)",
                ("$id", answerId), ("$m", messageId), ("$q", item.Body), ("$a", reply), ("$r", JsonSerializer.Serialize(references)),
                ("$u", userName), ("$at", approvedAt.ToString("O")));
            AuditLog.Record(connection, userName, "message.approved", Target(messageId), new
            {
                draft = best?.Text,
                sent = reply,
                edited = best?.Text?.Trim() != reply,
                deliveredThroughBot = item.ConversationKey is not null,
                answerId,
            });
            transaction.Commit();
        }

        await IndexAsync(ApprovedAnswer.ToDocument(answerId, item.Body, reply, references, approvedAt), cancellationToken);
        return ReviewOutcome.Done;
    }

    public ReviewOutcome Reject(long messageId, string userName, string? reason)
    {
        var item = queue.Find(messageId);
        if (item is null)
            return ReviewOutcome.NotFound;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = SqliteCommands.Now();
        var changed = connection.Execute("UPDATE incoming_messages SET status = $s, decided_at = $at WHERE id = $id AND status = $pending",
            ("$s", QueueStatus.Rejected), ("$at", now), ("$id", messageId), ("$pending", QueueStatus.Pending));
        if (changed == 0)
            return ReviewOutcome.AlreadyDecided;
        connection.Execute("INSERT INTO decisions (message_id, user_name, action, reply_text, decided_at) VALUES ($m, $u, 'rejected', NULL, $at)",
            ("$m", messageId), ("$u", userName), ("$at", now));
        AuditLog.Record(connection, userName, "message.rejected", Target(messageId), new { reason = reason?.Trim() });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    public ReviewOutcome Assign(long messageId, string userName, string? assignee)
    {
        var item = queue.Find(messageId);
        if (item is null)
            return ReviewOutcome.NotFound;
        if (item.Status != QueueStatus.Pending)
            return ReviewOutcome.AlreadyDecided;
        var known = users.Names().FirstOrDefault(n => string.Equals(n, assignee?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
            return ReviewOutcome.Invalid(ReviewOutcome.UnknownUser);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE incoming_messages SET assigned_to = $a WHERE id = $id", ("$a", known), ("$id", messageId));
        AuditLog.Record(connection, userName, "message.assigned", Target(messageId), new { from = item.AssignedTo, to = known });
        transaction.Commit();
        return ReviewOutcome.Done;
    }

    private string? CheckText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ReviewOutcome.EmptyText;
        return text.Trim().Length > options.Value.MaxMessageLength ? ReviewOutcome.TextTooLong : null;
    }

    private void AuditLogFor(string userName, string action, long messageId, object details)
    {
        using var connection = database.Open();
        AuditLog.Record(connection, userName, action, Target(messageId), details);
    }

    private async Task IndexAsync(Document answer, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpdateAsync(new IndexUpdate(One(answer)), cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is safe in the database; the next full index refresh (ApprovedAnswersSource) picks it up.
            logger.LogWarning(exception, "Indexing approved answer {AnswerId} failed", answer.Id);
        }
    }

    private static async IAsyncEnumerable<Document> One(Document document)
    {
        await Task.CompletedTask;
        yield return document;
    }

    private static string Target(long messageId) => $"message:{messageId}";
}
