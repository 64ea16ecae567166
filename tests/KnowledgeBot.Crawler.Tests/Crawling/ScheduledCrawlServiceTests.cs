using KnowledgeBot.Core;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Crawler.State;
using KnowledgeBot.Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeBot.Crawler.Tests.Crawling;

public class ScheduledCrawlServiceTests
{
    [Fact]
    public async Task Host_with_a_crawl_schedule_indexes_the_configured_site()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var settings = CrawlHarness.Settings(Path.Combine(harness.WorkDirectory, "scheduled"), harness.Server);
        settings["KnowledgeBot:Crawler:ScheduleInterval"] = "01:00:00";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKnowledgeBot().AddScheduledCrawls();
        using var host = builder.Build();

        await host.StartAsync();
        // The crawl state is written once the index update has committed.
        var state = new CrawlStateStore(settings["KnowledgeBot:DataDirectory"]!);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (state.LoadAll().Count == 0)
            await Task.Delay(100, patience.Token);
        await host.StopAsync();
        var index = host.Services.GetRequiredService<IKnowledgeIndex>();

        Assert.Equal(SampleSite.VettedCanonicalUrls.Count, index.GetStats().Documents[DocumentKind.Page]);
    }

    [Fact]
    public async Task Host_without_a_schedule_does_not_crawl()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var settings = CrawlHarness.Settings(Path.Combine(harness.WorkDirectory, "unscheduled"), harness.Server);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKnowledgeBot().AddScheduledCrawls();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal(0, harness.Server.RequestsTo("/robots.txt"));
    }
}
