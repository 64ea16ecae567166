using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Results;

/// <summary>A fixed number of turns sent to <c>/api/messages</c> by a number of concurrent conversations; throughput counts answered turns only.</summary>
public sealed record BotLoadRun(int Concurrency, int Turns, int Errors, double WallSeconds, LatencyStats Latency, long HostPeakWorkingSetBytes, string LoadAverage)
{
    public double TurnsPerSecond => (Turns - Errors) / WallSeconds;
}
