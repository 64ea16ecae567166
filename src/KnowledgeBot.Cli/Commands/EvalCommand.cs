using System.CommandLine;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb eval --questions F [--json] [--verbose]</c>: per-metric table, the questions the search misses
/// (with what came back instead) when verbose, and the metrics line last.
/// </summary>
internal static class EvalCommand
{
    private const int ShownResults = 5;

    public static Command Create()
    {
        var questions = new Option<string>("--questions") { Description = "Evaluation file (JSON Lines)", Required = true };
        var json = new Option<bool>("--json") { Description = "JSON output" };
        var verbose = new Option<bool>("--verbose") { Description = "List the questions whose first relevant document is not ranked first" };
        var command = new Command("eval", "Run an evaluation file") { questions, json, verbose };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var file = Path.GetFullPath(parseResult.GetValue(questions)!);
            var evalQuestions = EvalFileReader.Read(file);
            SearchCommand.EnsureIndexExists(services);
            var report = services.GetRequiredService<Evaluator>().Run(evalQuestions);
            if (parseResult.GetValue(json))
                WriteJson(report);
            else
                Print(report, parseResult.GetValue(verbose));
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static void Print(EvalReport report, bool verbose)
    {
        if (verbose)
            PrintMisses(report);
        Console.Out.WriteLine($"{"metric",-18} {"value",7} {"questions",10}");
        foreach (var metric in report.Metrics)
            Console.Out.WriteLine($"{metric.Name,-18} {metric.Format(),7} {metric.Counted,10}");
        Console.Out.WriteLine(report.SummaryLine);
    }

    private static void PrintMisses(EvalReport report)
    {
        foreach (var result in report.Questions.Where(r => r.ReciprocalRank is < 1))
        {
            var label = result.RecallAt5 == 0 ? "MISSED" : $"rank {1 / result.ReciprocalRank!.Value:0}";
            Console.Out.WriteLine($"{result.Question.Id} [{label}] {OneLine(result.Question.Question)}");
            Console.Out.WriteLine($"  expected: {string.Join(", ", result.Question.Relevant.OrderByDescending(r => r.Value).Select(r => $"{r.Key} ({r.Value})"))}");
            for (var i = 0; i < Math.Min(ShownResults, result.Returned.Count); i++)
            {
                var grade = result.Question.Relevant.GetValueOrDefault(result.Returned[i]);
                Console.Out.WriteLine($"  {i + 1}. {(grade > 0 ? $"[{grade}]" : "[ ]")} {result.Returned[i]}  {result.ReturnedTitles[i]}");
            }
            Console.Out.WriteLine();
        }
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 140 ? line : line[..140] + " …";
    }

    private static void WriteJson(EvalReport report) => CliJson.Write(new
    {
        Metrics = report.Metrics.ToDictionary(m => m.Name, m => m.Value),
        Questions = report.Questions.Select(r => new
        {
            r.Question.Id,
            RecallAt5 = r.RecallAt5,
            ReciprocalRank = r.ReciprocalRank,
            Ndcg = r.Ndcg,
            r.Returned,
            Department = r.ReferredDepartment,
            Triage = r.Triage is { } triage ? TriageLabels.Name(triage) : null,
        }),
        Summary = report.SummaryLine,
    });
}
