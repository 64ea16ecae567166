using System.CommandLine;
using System.Text.Json;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Reporting;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Bench.Commands;

/// <summary>Rewrites a report from the raw figures a run saved (after editing the analysis, or from an interrupted run's partial figures).</summary>
public static class ReportCommand
{
    /// <summary>Hand-written analysis kept in the results folder and appended to every report written there.</summary>
    public const string AnalysisFile = "analysis.md";

    public static Command Create()
    {
        var from = new Option<string[]>("--from") { Description = "Raw figures saved by runs (bench/results/<date>.json, bench/work/partial-results.json); several are merged", Required = true, AllowMultipleArgumentsPerToken = true };
        var results = new Option<string>("--results") { Description = "Folder for the report", DefaultValueFactory = _ => "bench/results" };
        var command = new Command("report", "Rewrite the report from saved raw figures") { from, results };
        command.SetAction((parse, _) => CommandErrors.GuardAsync(() =>
        {
            var figures = parse.GetValue(from)!.Select(Read).Aggregate(Merge);
            var folder = KnowledgeBotHome.Resolve(parse.GetValue(results)!);
            Console.WriteLine($"Report: {ReportWriter.Write(figures, folder, ReadAnalysis(folder))}");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static BenchResults Read(string path)
    {
        var file = KnowledgeBotHome.Resolve(path);
        if (!File.Exists(file))
            throw new FileNotFoundException($"{file}: no such file.");
        return JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(file), Json.Options)
            ?? throw new InvalidDataException($"{file}: not a benchmark result.");
    }

    /// <summary>Runs made one after the other on the same machine (the large sizes apart, say) as one report.</summary>
    private static BenchResults Merge(BenchResults first, BenchResults second) => first with
    {
        Finished = second.Finished > first.Finished ? second.Finished : first.Finished,
        Settings = $"{first.Settings}; then {second.Settings}",
        Indexing = [.. first.Indexing, .. second.Indexing],
        Queries = [.. first.Queries, .. second.Queries],
        Crawls = [.. first.Crawls, .. second.Crawls],
        BotLoad = [.. first.BotLoad, .. second.BotLoad],
        Notes = [.. first.Notes, .. second.Notes],
    };

    public static string? ReadAnalysis(string folder) =>
        File.Exists(Path.Combine(folder, AnalysisFile)) ? File.ReadAllText(Path.Combine(folder, AnalysisFile)) : null;
}
