using System.Diagnostics;

namespace KnowledgeBot.Bench.Harness;

/// <summary>What the current process has used so far: peak resident memory, CPU time, garbage collections.</summary>
public sealed record ProcessUsage(long PeakWorkingSetBytes, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double GcPauseSeconds)
{
    public static ProcessUsage Now()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ProcessUsage(
            process.PeakWorkingSet64,
            process.TotalProcessorTime.TotalSeconds,
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalSeconds);
    }

    /// <summary>Usage between <paramref name="before"/> and now; the peak stays the process-wide peak.</summary>
    public ProcessUsage Since(ProcessUsage before) => this with
    {
        CpuSeconds = CpuSeconds - before.CpuSeconds,
        AllocatedBytes = AllocatedBytes - before.AllocatedBytes,
        Gen0 = Gen0 - before.Gen0,
        Gen1 = Gen1 - before.Gen1,
        Gen2 = Gen2 - before.Gen2,
        GcPauseSeconds = GcPauseSeconds - before.GcPauseSeconds,
    };
}
