using System.CommandLine;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary><c>kb index</c>: builds or refreshes the index from every configured source, in one atomic commit.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Build or refresh the index from the configured sources (past answers, fiches, site)");
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sources = services.GetServices<IDocumentSource>().ToList();
        var index = services.GetRequiredService<IKnowledgeIndex>();
        var report = await index.UpdateAsync(
            FullRefresh.From(sources, source => Console.Error.WriteLine($"reading {source.Name}")),
            new IndexingProgress(Console.Error),
            cancellationToken);

        Console.Out.WriteLine(
            $"documents: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed; " +
            $"{report.Passages} passages written in {report.Elapsed.TotalSeconds:0.0} s; generation {report.Generation}");
        StatsCommand.Print(index.GetStats());
        return 0;
    }
}
