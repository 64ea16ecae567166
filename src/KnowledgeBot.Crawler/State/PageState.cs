namespace KnowledgeBot.Crawler.State;

/// <summary>What the last crawl learned about one URL (public address).</summary>
/// <param name="DocumentId">Id of the document it put in the index, or null when it was not indexed.</param>
/// <param name="Links">Links to follow when the page answers 304 next time.</param>
public sealed record PageState(
    string Url,
    string? DocumentId,
    string? ETag,
    DateTimeOffset? LastModified,
    IReadOnlyList<string> Links,
    DateTimeOffset CrawledAt);
