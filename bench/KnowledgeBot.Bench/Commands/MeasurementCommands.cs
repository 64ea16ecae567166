using System.CommandLine;
using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Scenarios;
using KnowledgeBot.Core.Evaluation;

namespace KnowledgeBot.Bench.Commands;

/// <summary>The single measurements a run starts in child processes (hidden from help).</summary>
public static class MeasurementCommands
{
    private static readonly Option<string> Engine = new("--engine") { Required = true };
    private static readonly Option<string> Size = new("--size") { Required = true };
    private static readonly Option<string> Directory = new("--directory") { Required = true };

    public static Command IndexOnce()
    {
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => BenchOptions.DefaultSeed };
        var command = new Command("index-once", "One cold index build (run by 'run' in a child process)") { Hidden = true };
        foreach (var option in new Option[] { Engine, Size, Directory, seed })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await IndexingMeasurement.MeasureAsync(
                parse.GetValue(Engine)!, CorpusSize.Parse(parse.GetValue(Size)!), parse.GetValue(seed),
                parse.GetValue(Directory)!, cancellationToken);
            ChildProcess.Report(result);
            return 0;
        });
        return command;
    }

    public static Command QueryOnce()
    {
        var questions = new Option<string>("--questions") { Required = true };
        var repeats = new Option<int>("--repeats") { DefaultValueFactory = _ => 20 };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Search only (drafts are measured on the messages file)" };
        var command = new Command("query-once", "One warm query run (run by 'run' in a child process)") { Hidden = true };
        foreach (var option in new Option[] { Engine, Size, Directory, questions, repeats, noDrafts })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var result = QueryMeasurement.Measure(
                parse.GetValue(Engine)!, parse.GetValue(Size)!, parse.GetValue(Directory)!,
                Path.GetFileName(parse.GetValue(questions)!), EvalFileReader.Read(parse.GetValue(questions)!), parse.GetValue(repeats), drafts: !parse.GetValue(noDrafts));
            ChildProcess.Report(result);
            return 0;
        });
        return command;
    }
}
