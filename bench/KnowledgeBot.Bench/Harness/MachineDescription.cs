using System.Runtime;
using System.Runtime.InteropServices;

namespace KnowledgeBot.Bench.Harness;

/// <summary>What the figures were measured on, read from the running system.</summary>
public sealed record MachineDescription(string Cpu, int Cores, long MemoryBytes, string Os, string Runtime, string GcMode, string LoadAverage)
{
    public static MachineDescription Read() => new(
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : ""),
        ReadLoadAverage());

    /// <summary>The 1, 5 and 15 minute load averages (other processes sharing the cores make figures noisier).</summary>
    public static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? FirstValue(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;
}
