using System.CommandLine;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb crawl [--seed URL]... [--allow PREFIX]... [--deny PREFIX]...</c>: crawls the site and updates the index;
/// <c>kb crawl --explain URL [--user-agent NAME]</c>: says whether one URL would be indexed (<see cref="CrawlExplainCommand"/>).
/// </summary>
internal static class CrawlCommand
{
    private const string LogFileName = "crawl-log.txt";

    public static Command Create()
    {
        var seeds = new Option<string[]>("--seed") { HelpName = "URL", Description = "Start URL (repeatable; default: KnowledgeBot:Crawler:Seeds)" };
        var allow = new Option<string[]>("--allow") { HelpName = "PREFIX", Description = "URL prefix that may be indexed (repeatable; default: the seeds' sites)" };
        var deny = new Option<string[]>("--deny") { HelpName = "PREFIX", Description = "URL or path prefix never indexed (repeatable; added to KnowledgeBot:Crawler:Deny)" };
        var explain = new Option<string?>("--explain") { HelpName = "URL", Description = "Only say whether this URL would be indexed, and why not" };
        var userAgent = new Option<string?>("--user-agent") { HelpName = "NAME", Description = "User agent for --explain (default: KnowledgeBot:Crawler:UserAgent)" };
        var verbose = new Option<bool>("--verbose") { Description = "Print the crawl log (one line per URL) on stderr" };
        var command = new Command("crawl", "Crawl the association's website and index its vetted pages") { seeds, allow, deny, explain, userAgent, verbose };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, token) =>
            parseResult.GetValue(explain) is { } url
                ? CrawlExplainCommand.RunAsync(services, url, parseResult.GetValue(userAgent), token)
                : RunAsync(services, Options(services, parseResult.GetValue(seeds) ?? [], parseResult.GetValue(allow) ?? [], parseResult.GetValue(deny) ?? []),
                    parseResult.GetValue(verbose), token),
            cancellationToken));
        return command;
    }

    private static CrawlerOptions Options(IServiceProvider services, string[] seeds, string[] allow, string[] deny)
    {
        var options = services.GetRequiredService<IOptions<CrawlerOptions>>().Value.Clone();
        foreach (var url in seeds.Concat(allow))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                throw new UserInputException($"{url}: not an absolute http(s) URL");
        }
        if (seeds.Length > 0)
        {
            options.Seeds = [.. seeds];
            options.Allow = [.. allow];
        }
        else if (allow.Length > 0)
        {
            options.Allow = [.. allow];
        }
        options.Deny = [.. options.Deny, .. deny];
        if (options.Seeds.Count == 0)
            throw new UserInputException("no seed: give --seed URL or set KnowledgeBot:Crawler:Seeds in appsettings.json");
        return options;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CrawlerOptions options, bool verbose, CancellationToken cancellationToken)
    {
        var dataDirectory = KnowledgeBotHome.Resolve(services.GetRequiredService<IOptions<KnowledgeBotOptions>>().Value.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var logPath = Path.Combine(dataDirectory, LogFileName);
        await using var log = new StreamWriter(logPath, append: false);
        var gate = new Lock();

        var report = await services.GetRequiredService<CrawlRunner>().RunAsync(
            options,
            new CrawlProgressPrinter(Console.Error),
            crawlEvent =>
            {
                lock (gate)
                {
                    log.WriteLine(crawlEvent.ToString());
                    if (verbose)
                        Console.Error.WriteLine(crawlEvent.ToString());
                }
            },
            cancellationToken);

        var summary = report.Crawl.Summary;
        Console.Out.WriteLine(
            $"crawl: {summary.Fetched} fetched in {summary.Elapsed.TotalSeconds:0.0} s ({summary.PagesPerSecond:0.0} pages/s); " +
            $"{summary.Indexed} indexed, {summary.Unchanged} unchanged, {summary.Removed} removed, {summary.Skipped} skipped, {summary.Errors} errors");
        foreach (var (kind, count) in summary.SkippedByReason.OrderByDescending(entry => entry.Value))
            Console.Out.WriteLine($"  skipped {count,5}  {SkipReason.Label(kind)}");
        if (report.Index is { } index)
            Console.Out.WriteLine($"index: {index.Added} added, {index.Updated} updated, {index.Unchanged} unchanged, {index.Removed} removed; generation {index.Generation}");
        else
            Console.Out.WriteLine("index: nothing to change");
        Console.Out.WriteLine($"log: {logPath}");
        return 0;
    }
}
