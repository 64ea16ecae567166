using KnowledgeBot.Core.Sources;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Crawling;
using KnowledgeBot.Crawler.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Crawler;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>Registers the website-on-disk source (<see cref="SiteDirectorySource"/>) as an <see cref="IDocumentSource"/>.</summary>
    public static IServiceCollection AddSiteDirectorySource(this IServiceCollection services)
    {
        services.AddOptions<SiteDirectoryOptions>().BindConfiguration(SiteDirectoryOptions.Section);
        services.AddCrawlerOptions();
        services.AddSingleton<IDocumentSource, SiteDirectorySource>();
        return services;
    }

    /// <summary>Registers the crawler (<see cref="CrawlRunner"/>, <see cref="CrawlExplainer"/>); needs the Core index (<c>AddKnowledgeBot()</c>).</summary>
    public static IServiceCollection AddCrawler(this IServiceCollection services)
    {
        services.AddCrawlerOptions();
        services.AddCrawlerHttpClient();
        services.AddSingleton<CrawlRunner>();
        services.AddSingleton<CrawlExplainer>();
        return services;
    }

    /// <summary>Adds the hosted service that crawls on the configured schedule (KnowledgeBot:Crawler:ScheduleInterval).</summary>
    public static IServiceCollection AddScheduledCrawls(this IServiceCollection services)
    {
        services.AddCrawler();
        services.AddHostedService<ScheduledCrawlService>();
        return services;
    }

    // Bound once: binding a list twice would append its items twice.
    private static void AddCrawlerOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CrawlerOptionsMarker)))
            return;
        services.AddSingleton<CrawlerOptionsMarker>();
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.Section);
    }

    private sealed class CrawlerOptionsMarker;
}
