using KnowledgeBot.Core.Sources;
using KnowledgeBot.Crawler.Configuration;
using KnowledgeBot.Crawler.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Crawler;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>Registers the website-on-disk source (<see cref="SiteDirectorySource"/>) as an <see cref="IDocumentSource"/>.</summary>
    public static IServiceCollection AddSiteDirectorySource(this IServiceCollection services)
    {
        services.AddOptions<SiteDirectoryOptions>().BindConfiguration(SiteDirectoryOptions.Section);
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.Section);
        services.AddSingleton<IDocumentSource, SiteDirectorySource>();
        return services;
    }
}
