using System.CommandLine;
using System.Diagnostics;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Bench.Commands;

/// <summary>
/// <c>./bench.sh triage [--questions F] [--repeats N]</c>: the latency of triage alone (rules and model) over every
/// message of the triage corpus, wall time and thread CPU time, as percentiles.
/// </summary>
public static class TriageBenchCommand
{
    public static Command Create()
    {
        var questions = new Option<string>("--questions") { Description = "Messages to triage (JSON Lines)", DefaultValueFactory = _ => KnowledgeBotHome.Resolve("eval/triage/validation.jsonl") };
        var repeats = new Option<int>("--repeats") { Description = "Rounds over the messages (the first is a warm-up)", DefaultValueFactory = _ => 6 };
        var command = new Command("triage", "Triage latency per message (p50, p95, p99), wall and CPU time") { questions, repeats };
        command.SetAction(parse =>
        {
            var messages = EvalFileReader.Read(parse.GetValue(questions)!).Select(q => q.Question).ToList();
            var classifier = TriageServiceCollectionExtensions.Create(KnowledgeBotHome.Resolve("corpus/triage"));
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var round = 0; round < parse.GetValue(repeats); round++)
                foreach (var message in messages)
                {
                    var cpuStart = ThreadCpuClock.NowMilliseconds();
                    var started = Stopwatch.GetTimestamp();
                    classifier.Classify(message);
                    if (round == 0)
                        continue;
                    wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    cpu.Add(ThreadCpuClock.NowMilliseconds() - cpuStart);
                }
            Print("wall", LatencyStats.Of(wall));
            if (ThreadCpuClock.IsAvailable)
                Print("cpu", LatencyStats.Of(cpu));
            Console.Out.WriteLine($"{messages.Count} messages, mean length {messages.Average(m => m.Length):0} characters, {parse.GetValue(repeats) - 1} measured rounds");
            return 0;
        });
        return command;
    }

    private static void Print(string clock, LatencyStats stats) =>
        Console.Out.WriteLine($"triage {clock,-4} p50 {stats.P50:0.000} ms  p95 {stats.P95:0.000} ms  p99 {stats.P99:0.000} ms  max {stats.Max:0.000} ms  (n={stats.Count})");
}
