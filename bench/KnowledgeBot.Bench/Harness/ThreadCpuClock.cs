using System.Runtime.InteropServices;

namespace KnowledgeBot.Bench.Harness;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): a synchronous operation's
/// service time, which, unlike its wall-clock time, does not grow while other processes hold the cores.
/// Zero where the clock is not available.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double NowMilliseconds() => IsAvailable && TryRead(out var ms) ? ms : 0;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        if (clock_gettime(ClockThreadCpuTimeId, out var time) != 0)
            return false;
        milliseconds = time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        return true;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
