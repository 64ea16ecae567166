using System.Diagnostics;
using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using KnowledgeBot.Bench.Results;
using KnowledgeBot.Core.Evaluation;

namespace KnowledgeBot.Bench.Scenarios;

/// <summary>
/// Runs in a fresh process: opens one engine's built index, warms up by asking the questions in whole passes until
/// at least <see cref="WarmUpQuestions"/> have been asked (the first pass also gives Recall@5 and MRR@10), then times
/// each question over <c>repeats</c> more passes; the same for drafting when the engine drafts.
/// </summary>
/// <remarks>
/// The runtime compiles a method quickly and unoptimized first, instruments it, and compiles it optimized only once it
/// has been called a few dozen times and the compilations have settled: a single pass over the 60 dev questions timed
/// that transient (our search CPU p99 43 ms, 13 to 16 ms after ten passes; plain Lucene's 13.5 and 6 to 7 ms), not
/// the steady state of a host that serves all day.
/// </remarks>
public static class QueryMeasurement
{
    private const int Top = 10;
    private const int WarmUpQuestions = 1500;
    private const int TimedQuestions = 1200;

    /// <param name="repeats">Timed passes; a large file gets fewer, so that a pass set times about <see cref="TimedQuestions"/> questions or more.</param>
    public static QueryRun Measure(string engineName, string size, string directory, string questionSet, IReadOnlyList<EvalQuestion> questions, int repeats, bool drafts)
    {
        using var engine = EngineCatalog.Create(engineName, directory);
        engine.OpenForSearch();
        var load = MachineDescription.ReadLoadAverage();

        var judged = questions.Where(q => q.Relevant.Values.Any(grade => grade > 0)).ToList();
        var ranked = questions.ToDictionary(q => q.Id, q => engine.Search(q.Question, Top));
        double? recall = judged.Count > 0 ? judged.Average(q => RetrievalMetrics.RecallAt(5, ranked[q.Id], q.Relevant)) : null;
        double? mrr = judged.Count > 0 ? judged.Average(q => RetrievalMetrics.ReciprocalRankAt(Top, ranked[q.Id], q.Relevant)) : null;
        repeats = Math.Min(repeats, PassesToAsk(TimedQuestions, questions.Count));
        WarmUp(questions, alreadyAsked: 1, q => engine.Search(q.Question, Top));
        var (search, searchCpu) = Time(questions, repeats, q => engine.Search(q.Question, Top));

        (LatencyStats Wall, LatencyStats Cpu)? draft = null;
        if (drafts && engine is KnowledgeBotEngine { Drafting: { } suggest })
        {
            WarmUp(questions, alreadyAsked: 0, q => suggest(q.Question));
            draft = Time(questions, repeats, q => suggest(q.Question));
        }
        return new QueryRun(engineName, size, questions.Count, repeats, search, draft?.Wall, recall, mrr, load, searchCpu, draft?.Cpu, questionSet);
    }

    private static void WarmUp(IReadOnlyList<EvalQuestion> questions, int alreadyAsked, Action<EvalQuestion> ask)
    {
        for (var pass = alreadyAsked; pass < PassesToAsk(WarmUpQuestions, questions.Count); pass++)
            foreach (var question in questions)
                ask(question);
    }

    /// <summary>Whole passes over <paramref name="questions"/> questions that ask at least <paramref name="atLeast"/> (one at least).</summary>
    private static int PassesToAsk(int atLeast, int questions) => Math.Max(1, (atLeast + questions - 1) / Math.Max(1, questions));

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
