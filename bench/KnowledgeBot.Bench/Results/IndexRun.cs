namespace KnowledgeBot.Bench.Results;

/// <summary>One cold index build in a fresh process.</summary>
/// <param name="BaselineWorkingSetBytes">Resident memory just before indexing (runtime, corpus reader, text model).</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the whole process, indexing included.</param>
public sealed record IndexRun(
    string Engine,
    string Size,
    int Documents,
    int Passages,
    double WallSeconds,
    double CpuSeconds,
    long IndexBytes,
    long BaselineWorkingSetBytes,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    int Gen2Collections,
    double GcPauseSeconds,
    string LoadAverage)
{
    public double DocumentsPerSecond => Documents / WallSeconds;
    public double PassagesPerSecond => Passages / WallSeconds;
}
