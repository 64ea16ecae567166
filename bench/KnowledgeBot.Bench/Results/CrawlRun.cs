namespace KnowledgeBot.Bench.Results;

/// <summary>One crawl of the publications rendered to static HTML, served on loopback.</summary>
public sealed record CrawlRun(int Pages, double WallSeconds, long PeakWorkingSetBytes, string LoadAverage)
{
    public double PagesPerSecond => Pages / WallSeconds;
}
