using System.CommandLine;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary><c>kb search "QUESTION" [--top N] [--json]</c>: ranked documents with their best passage.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, as a person would write it" };
        var top = new Option<int>("--top") { Description = "Number of documents", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "JSON output: [{id, url, kind, title, score, snippet}]" };
        var command = new Command("search", "Search the index") { question, top, json };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var count = parseResult.GetValue(top);
            if (count <= 0)
                throw new UserInputException("--top must be a positive number");
            EnsureIndexExists(services);
            var hits = services.GetRequiredService<IKnowledgeSearch>().Search(new SearchRequest(parseResult.GetValue(question)!, count));
            if (parseResult.GetValue(json))
                CliJson.Write(hits.Select(hit => new { hit.Id, hit.Url, Kind = hit.Kind.ToString().ToLowerInvariant(), hit.Title, hit.Score, Snippet = hit.Snippet.Text }));
            else
                PrintHits(hits);
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    internal static void EnsureIndexExists(IServiceProvider services)
    {
        var store = services.GetRequiredService<IndexStore>();
        if (!store.Exists)
            throw new UserInputException($"no index in {store.Path}: run 'kb index' first");
    }

    private static void PrintHits(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
            Console.Out.WriteLine("aucun résultat");
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            Console.Out.WriteLine($"{i + 1,2}. [{hit.Kind.ToString().ToLowerInvariant()}] {hit.Title}  ({hit.Score:0.00})");
            Console.Out.WriteLine($"    {hit.Url ?? hit.Id}{(hit.Replaces is null ? "" : $"  (replaces {hit.Replaces})")}");
            Console.Out.WriteLine($"    {string.Concat(hit.Snippet.Segments().Select(s => s.Highlighted ? $"*{s.Text}*" : s.Text)).ReplaceLineEndings(" ")}");
        }
    }
}
