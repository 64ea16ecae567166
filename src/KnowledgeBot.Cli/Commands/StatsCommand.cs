using System.CommandLine;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary><c>kb stats</c>: documents and passages per kind, generation, size on disk.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "What the index holds");
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            SearchCommand.EnsureIndexExists(services);
            Print(services.GetRequiredService<IKnowledgeIndex>().GetStats());
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    public static void Print(IndexStats stats)
    {
        Console.Out.WriteLine($"{"kind",-8} {"documents",10} {"passages",10}");
        foreach (var kind in Enum.GetValues<DocumentKind>())
            Console.Out.WriteLine($"{kind.ToString().ToLowerInvariant(),-8} {stats.Documents.GetValueOrDefault(kind),10} {stats.Passages.GetValueOrDefault(kind),10}");
        Console.Out.WriteLine($"{"total",-8} {stats.Documents.Values.Sum(),10} {stats.Passages.Values.Sum(),10}");
        Console.Out.WriteLine($"generation {stats.Generation}, {stats.SizeOnDiskBytes / 1024.0 / 1024.0:0.0} MiB on disk");
    }
}
