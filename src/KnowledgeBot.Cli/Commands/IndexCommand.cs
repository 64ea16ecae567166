using System.CommandLine;
using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Documents;
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
        var kinds = sources.SelectMany(source => source.Kinds).ToHashSet();
        var report = await index.UpdateAsync(
            new IndexUpdate(ReadAll(sources, cancellationToken), ReplaceKinds: kinds),
            new IndexingProgress(Console.Error),
            cancellationToken);

        Console.Out.WriteLine(
            $"documents: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed; " +
            $"{report.Passages} passages written in {report.Elapsed.TotalSeconds:0.0} s; generation {report.Generation}");
        StatsCommand.Print(index.GetStats());
        return 0;
    }

    private static async IAsyncEnumerable<Document> ReadAll(IReadOnlyList<IDocumentSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            Console.Error.WriteLine($"reading {source.Name}");
            await foreach (var document in source.ReadAsync(cancellationToken))
                yield return document;
        }
    }
}
