using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Fetching;

/// <summary>Validators of a page's last fetch, sent back for a conditional GET.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified);

/// <summary>What one fetch (redirects included) gave.</summary>
/// <param name="FinalUrl">URL that answered, after redirects (fetch address).</param>
/// <param name="Failure">Why there is no page to read (status, content type, size, redirects, network), or null.</param>
public sealed record FetchResult(
    Uri FinalUrl,
    int Status,
    byte[]? Body,
    string? Charset,
    Validators Validators,
    IReadOnlyList<string> RobotsTags,
    SkipReason? Failure)
{
    public bool NotModified => Status == 304;
}
