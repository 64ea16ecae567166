using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Web.Indexing;

/// <summary>
/// On a first start with no index, builds it from the configured sources (corpus, fiches when downloaded,
/// approved answers) in the background, with progress in the log. The host serves meanwhile; searches find
/// nothing until the first commit.
/// </summary>
public sealed class InitialIndexBuilder(IndexStore store, IKnowledgeIndex index, IEnumerable<IDocumentSource> sources, ILogger<InitialIndexBuilder> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the index exists (built now or found at start).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Exists)
        {
            _ready.TrySetResult();
            return;
        }
        logger.LogInformation("No index in {IndexPath}: building it from the configured sources", store.Path);
        try
        {
            var report = await index.UpdateAsync(
                FullRefresh.From(sources.ToList(), source => logger.LogInformation("Indexing {Source}", source.Name)),
                new Progress<IndexProgress>(p => logger.LogInformation("Indexing: {Documents} documents, {Passages} passages, {Seconds:0.0} s",
                    p.Documents, p.Passages, p.Elapsed.TotalSeconds)),
                stoppingToken);
            logger.LogInformation("Index built: {Documents} documents, {Passages} passages in {Seconds:0.0} s (generation {Generation})",
                report.Added, report.Passages, report.Elapsed.TotalSeconds, report.Generation);
            _ready.TrySetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Building the index failed; run 'kb index' to see the problem");
            _ready.TrySetException(exception);
        }
    }
}
