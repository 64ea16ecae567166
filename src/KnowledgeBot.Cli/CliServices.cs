using System.CommandLine;
using KnowledgeBot.Core;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Crawler;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBot.Cli;

/// <summary>
/// The CLI's composition root: appsettings.json (found by <see cref="KnowledgeBotHome"/>), then <c>--config</c>,
/// then <c>--data</c>; Core services; warnings to stderr.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(ParseResult parseResult)
    {
        var configuration = Configuration(parseResult);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddKnowledgeBot();
        services.AddSiteDirectorySource();
        services.AddCrawler();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static IConfigurationRoot Configuration(ParseResult parseResult)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(KnowledgeBotHome.Locate(), "appsettings.json"), optional: true);
        if (parseResult.GetValue(GlobalOptions.Config) is { } configFile)
        {
            var path = Path.GetFullPath(configFile);
            if (!File.Exists(path))
                throw new FileNotFoundException($"{path}: configuration file not found", path);
            builder.AddJsonFile(path, optional: false);
        }
        builder.AddEnvironmentVariables("KNOWLEDGEBOT_");
        if (parseResult.GetValue(GlobalOptions.Data) is { } data)
            builder.AddInMemoryCollection([new($"{KnowledgeBotOptions.Section}:{nameof(KnowledgeBotOptions.DataDirectory)}", Path.GetFullPath(data))]);
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"configuration: {e.Message}", e);
        }
    }
}
