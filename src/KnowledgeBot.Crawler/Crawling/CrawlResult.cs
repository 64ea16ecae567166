using KnowledgeBot.Core.Documents;
using KnowledgeBot.Crawler.State;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>What a crawl found: the index changes to make, and the crawl state to record once they are committed.</summary>
public sealed record CrawlResult(
    IReadOnlyList<Document> Upserts,
    IReadOnlySet<string> Deletes,
    IReadOnlyList<PageState> Pages,
    IReadOnlyList<string> ForgottenUrls,
    IReadOnlyList<CrawlEvent> Events,
    CrawlProgress Summary);
