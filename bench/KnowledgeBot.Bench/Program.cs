using System.CommandLine;
using KnowledgeBot.Bench.Commands;

var options = new BenchOptions();
var root = new RootCommand("KnowledgeBot benchmarks: indexing, search, drafting, crawl and bot load; writes a report to bench/results/");
foreach (var option in options.All)
    root.Options.Add(option);
root.SetAction(RunCommand.Action(options));
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(TriageBenchCommand.Create());
root.Subcommands.Add(MeasurementCommands.IndexOnce());
root.Subcommands.Add(MeasurementCommands.QueryOnce());
return await root.Parse(args).InvokeAsync();
