using System.CommandLine;

namespace KnowledgeBot.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "Where the index and the database live (default: KnowledgeBot:DataDirectory, \"data\")",
        Recursive = true,
    };

    public static Option<string?> Config { get; } = new("--config")
    {
        Description = "A configuration file read after appsettings.json",
        Recursive = true,
    };
}
