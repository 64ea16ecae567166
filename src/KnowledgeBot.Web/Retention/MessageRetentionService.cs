using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Retention;

/// <summary>
/// Messages are health data: after <see cref="WebOptions.MessageBodyRetentionDays"/> everything written by or to the
/// person is forgotten (message body and triage evidence, drafts and the words of the CM's flags on them, decision and reply texts, audit texts and reject
/// reasons, widget transcript), in one transaction, and the file keeps no copy (secure_delete, WAL checkpoint).
/// The metadata (dates, triage, who decided) stays for the audit; approved answers stay as knowledge, with personal
/// data masked when they were approved.
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
        int deleted;
        using (var connection = database.Open())
        {
            using (var transaction = connection.BeginTransaction())
            {
                deleted = ReviewStore.ForgetBefore(connection, cutoff, now.ToUniversalTime().ToString("O"));
                AuditLog.ForgetContentBefore(connection, cutoff);
                ConversationStore.ForgetBefore(connection, cutoff);
                transaction.Commit();
            }
            // The WAL file still holds the pages as they were before: copy them into the database and empty it.
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        }
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
