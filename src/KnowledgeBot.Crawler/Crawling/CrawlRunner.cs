using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.State;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// Runs a crawl and commits it: first the index update (one atomic generation: new and changed pages in,
/// removed pages out), then the crawl state. If the crawl is interrupted or the index update fails,
/// neither changes, and the next crawl starts again from the same point.
/// </summary>
public sealed class CrawlRunner(IHttpClientFactory httpClients, IKnowledgeIndex index, IOptions<KnowledgeBotOptions> knowledgeBot)
{
    /// <param name="options">The crawl settings (configuration, possibly adjusted by the command line).</param>
    public async Task<CrawlRunReport> RunAsync(
        CrawlerOptions options, IProgress<CrawlProgress>? progress = null, Action<CrawlEvent>? log = null, CancellationToken cancellationToken = default)
    {
        var state = new CrawlStateStore(KnowledgeBotHome.Resolve(knowledgeBot.Value.DataDirectory));
        var crawler = new SiteCrawler(httpClients.CreateClient(CrawlerHttpClient.Name), options, state.LoadAll());
        var result = await crawler.CrawlAsync(progress, log, cancellationToken);

        IndexUpdateReport? indexReport = null;
        if (result.Upserts.Count > 0 || result.Deletes.Count > 0)
            indexReport = await index.UpdateAsync(new IndexUpdate(result.Upserts.ToAsyncEnumerable(), result.Deletes), cancellationToken: cancellationToken);
        state.Save(result.Pages, result.ForgottenUrls);
        return new CrawlRunReport(result, indexReport);
    }
}

/// <param name="Index">The index commit, or null when nothing had to change.</param>
public sealed record CrawlRunReport(CrawlResult Crawl, IndexUpdateReport? Index);
