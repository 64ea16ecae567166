using KnowledgeBot.Core;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Crawler;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBot.Bench;

/// <summary>
/// The product's services as the CLI composes them (appsettings.json, Core, the website-on-disk source),
/// with the data folder (index, database) moved to <c>dataDirectory</c> so that each measurement has its own.
/// </summary>
public static class BenchServices
{
    public static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(KnowledgeBotHome.Locate(), "appsettings.json"), optional: true)
            .AddInMemoryCollection([new($"{KnowledgeBotOptions.Section}:{nameof(KnowledgeBotOptions.DataDirectory)}", Path.GetFullPath(dataDirectory))])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(console => console.SingleLine = true));
        services.AddKnowledgeBot();
        services.AddSiteDirectorySource();
        return services.BuildServiceProvider();
    }
}
