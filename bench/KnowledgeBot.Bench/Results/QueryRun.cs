using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Results;

/// <summary>One warm pass set of the evaluation questions against a built index, in a fresh process.</summary>
/// <param name="RecallAt5">Null when the corpus has no relevance judgments to count (nothing measured).</param>
/// <param name="Draft">Draft latency; null for engines without drafting.</param>
/// <param name="QuestionSet">The evaluation file's name; null in results written before a run searched several files (then eval/dev.jsonl).</param>
/// <param name="SearchCpu">CPU time of the searching thread per question: the service time, which other processes on the machine do not inflate.</param>
public sealed record QueryRun(
    string Engine,
    string Size,
    int Questions,
    int Repeats,
    LatencyStats Search,
    LatencyStats? Draft,
    double? RecallAt5,
    double? MrrAt10,
    string LoadAverage,
    LatencyStats? SearchCpu = null,
    LatencyStats? DraftCpu = null,
    string? QuestionSet = null);
