using System.Diagnostics;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Evaluation;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// Runs in a fresh process: opens one engine's built index, runs every question once to warm up (that
/// pass also gives Recall@5 and MRR@10), then times each question over <c>repeats</c> more passes;
/// the same for drafting when the engine drafts.
/// </summary>
public static class QueryMeasurement
{
    private const int Top = 10;

    public static QueryRun Measure(string engineName, string size, string directory, IReadOnlyList<EvalQuestion> questions, int repeats)
    {
        using var engine = EngineCatalog.Create(engineName, directory);
        engine.OpenForSearch();
        var load = MachineDescription.ReadLoadAverage();

        var judged = questions.Where(q => q.Relevant.Values.Any(grade => grade > 0)).ToList();
        var ranked = questions.ToDictionary(q => q.Id, q => engine.Search(q.Question, Top));
        double? recall = judged.Count > 0 ? judged.Average(q => RetrievalMetrics.RecallAt(5, ranked[q.Id], q.Relevant)) : null;
        double? mrr = judged.Count > 0 ? judged.Average(q => RetrievalMetrics.ReciprocalRankAt(Top, ranked[q.Id], q.Relevant)) : null;
        var (search, searchCpu) = Time(questions, repeats, q => engine.Search(q.Question, Top));

        (LatencyStats Wall, LatencyStats Cpu)? draft = null;
        if (engine is KnowledgeBotEngine { Drafting: { } suggest })
        {
            foreach (var question in questions)
                suggest(question.Question);
            draft = Time(questions, repeats, q => suggest(q.Question));
        }
        return new QueryRun(engineName, size, questions.Count, repeats, search, draft?.Wall, recall, mrr, load, searchCpu, draft?.Cpu);
    }

    /// <returns>Wall-clock latencies, and the CPU time of the asking thread for the same calls.</returns>
    private static (LatencyStats Wall, LatencyStats Cpu) Time(IReadOnlyList<EvalQuestion> questions, int repeats, Action<EvalQuestion> ask)
    {
        var wall = new List<double>(questions.Count * repeats);
        var cpu = new List<double>(questions.Count * repeats);
        for (var pass = 0; pass < repeats; pass++)
        {
            foreach (var question in questions)
            {
                var startCpu = ThreadCpuClock.NowMilliseconds();
                var start = Stopwatch.GetTimestamp();
                ask(question);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuClock.NowMilliseconds() - startCpu);
            }
        }
        return (LatencyStats.Of(wall), LatencyStats.Of(ThreadCpuClock.IsAvailable ? cpu : []));
    }
}
