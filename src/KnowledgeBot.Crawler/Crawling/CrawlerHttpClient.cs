using System.Net;
using KnowledgeBot.Crawler.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Crawler.Crawling;

/// <summary>
/// The crawler's HttpClient: no automatic redirects (the fetcher follows them itself), decompression, and
/// the standard resilience pipeline: per-attempt timeout, retries with exponential backoff on 408/429/5xx and
/// network errors, honouring Retry-After.
/// </summary>
public static class CrawlerHttpClient
{
    public const string Name = "KnowledgeBot.Crawler";

    // A server asking to come back much later is not waited for; the page is reported as an error instead.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddCrawlerHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Name)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var crawler = services.GetRequiredService<IOptions<CrawlerOptions>>().Value;
                resilience.AttemptTimeout.Timeout = crawler.RequestTimeout;
                resilience.Retry.MaxRetryAttempts = Math.Max(1, crawler.MaxRetries);
                resilience.Retry.Delay = crawler.RetryBaseDelay;
                resilience.Retry.MaxDelay = MaxRetryDelay;
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.TotalRequestTimeout.Timeout = (crawler.RequestTimeout + MaxRetryDelay) * (resilience.Retry.MaxRetryAttempts + 1);
                resilience.CircuitBreaker.SamplingDuration = crawler.RequestTimeout * 2 + TimeSpan.FromSeconds(1);
            });
        return services;
    }
}
