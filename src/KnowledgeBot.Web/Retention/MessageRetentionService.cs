using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Retention;

/// <summary>
/// Messages are health data: after <see cref="WebOptions.MessageBodyRetentionDays"/> their bodies (queue, drafts,
/// widget transcript) are deleted; the metadata (dates, triage, decisions' authors) stays for the audit.
/// </summary>
public sealed class MessageRetentionService(KnowledgeBotDatabase database, IOptions<WebOptions> options, ILogger<MessageRetentionService> logger)
    : BackgroundService
{
    /// <returns>How many message bodies were deleted.</returns>
    public int DeleteExpiredBodies(DateTimeOffset now)
    {
        var days = options.Value.MessageBodyRetentionDays;
        if (days <= 0)
            return 0;
        var cutoff = now.AddDays(-days).ToUniversalTime().ToString("O");
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var deleted = connection.Execute(
            "UPDATE incoming_messages SET body = NULL, triage_evidence = NULL, body_deleted_at = $now WHERE body IS NOT NULL AND received_at < $cutoff",
            ("$now", now.ToUniversalTime().ToString("O")), ("$cutoff", cutoff));
        connection.Execute("""
            UPDATE drafts SET text = NULL WHERE text IS NOT NULL
              AND message_id IN (SELECT id FROM incoming_messages WHERE received_at < $cutoff)
            """, ("$cutoff", cutoff));
        connection.Execute("UPDATE transcript SET text = NULL, cards = '[]' WHERE text IS NOT NULL AND created_at < $cutoff", ("$cutoff", cutoff));
        transaction.Commit();
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval);
        do
        {
            var deleted = DeleteExpiredBodies(DateTimeOffset.UtcNow);
            if (deleted > 0)
                logger.LogInformation("Retention: deleted {Count} message bodies older than {Days} days", deleted, options.Value.MessageBodyRetentionDays);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
