using KnowledgeBot.Crawler.Crawling;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary><c>kb crawl --explain URL [--user-agent NAME]</c>: one line, <c>indexed</c> or <c>skipped: reason</c>.</summary>
internal static class CrawlExplainCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string url, string? userAgent, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            throw new UserInputException($"{url}: not an absolute http(s) URL");
        if (userAgent is not null && string.IsNullOrWhiteSpace(userAgent))
            throw new UserInputException("--user-agent: empty name");
        Console.Out.WriteLine(await services.GetRequiredService<CrawlExplainer>().ExplainAsync(parsed, userAgent, cancellationToken));
        return 0;
    }
}
