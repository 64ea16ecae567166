using KnowledgeBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Review;

/// <summary>
/// Retries the outbox: on start, every reply approved and not delivered yet (before a crash or a stop), then at every
/// <see cref="WebOptions.OutboxRetryInterval"/> those whose next attempt is due.
/// </summary>
public sealed class ReplyDeliveryService(ReplyDelivery delivery, IOptions<WebOptions> options, ILogger<ReplyDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxRetryInterval);
        var starting = true;
        do
        {
            try
            {
                var delivered = await delivery.DeliverDueAsync(all: starting, stoppingToken);
                starting = false;
                if (delivered > 0)
                    logger.LogInformation("Outbox: delivered {Count} approved replies", delivered);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("Outbox sweep failed: {Failure}", exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
