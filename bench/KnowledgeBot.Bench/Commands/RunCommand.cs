using System.CommandLine;
using KnowledgeBot.Bench.Reporting;
using KnowledgeBot.Bench.Scenarios;

namespace KnowledgeBot.Bench.Commands;

/// <summary>The default command: measures everything and writes the report.</summary>
public static class RunCommand
{
    public static Func<ParseResult, CancellationToken, Task<int>> Action(BenchOptions options) => (parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
    {
        var settings = options.Read(parse);
        Console.WriteLine($"Benchmark: {settings}");
        var results = await new BenchRun(settings).ExecuteAsync(cancellationToken);
        var report = ReportWriter.Write(results, settings.ResultsDirectory, ReportCommand.ReadAnalysis(settings.ResultsDirectory));
        Console.WriteLine($"Report: {report}");
        return 0;
    });
}
