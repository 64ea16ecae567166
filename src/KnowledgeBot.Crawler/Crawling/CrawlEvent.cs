using KnowledgeBot.Crawler.Policy;

namespace KnowledgeBot.Crawler.Crawling;

public enum CrawlOutcome
{
    /// <summary>New or changed page, (re-)indexed.</summary>
    Indexed,
    /// <summary>Answered 304 or identical: the index keeps it as it is.</summary>
    Unchanged,
    /// <summary>Was indexed, now gone (404/410), noindex, or out of scope: removed from the index.</summary>
    Removed,
    Skipped,
    /// <summary>Could not be fetched this time (network, 5xx after retries); the index keeps what it had.</summary>
    Error,
}

/// <summary>One line of the crawl log: what happened to one URL and why, in words a community manager understands.</summary>
public sealed record CrawlEvent(Uri Url, CrawlOutcome Outcome, SkipReason? Reason)
{
    public override string ToString() => Outcome switch
    {
        CrawlOutcome.Indexed => $"indexée : {Url}",
        CrawlOutcome.Unchanged => $"inchangée depuis la dernière exploration (HTTP 304) : {Url}",
        CrawlOutcome.Removed => $"retirée de l'index : {Url} — {Reason}",
        CrawlOutcome.Error => $"erreur, l'index garde la version précédente : {Url} — {Reason}",
        _ => $"non indexée : {Url} — {Reason}",
    };
}
