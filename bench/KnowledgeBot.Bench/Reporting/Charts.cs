using KnowledgeBot.Bench.Engines;
using KnowledgeBot.Bench.Harness;
using ScottPlot;

namespace KnowledgeBot.Bench.Reporting;

/// <summary>PNG charts of the figures against corpus size: one line per engine, median with min–max bars.</summary>
public static class Charts
{
    private const int Width = 800;
    private const int Height = 450;

    private sealed record Series(string Label, bool Dashed, Func<string, string, Spread?> Figure);

    public static void IndexingRate(Figures figures, string file) =>
        Draw(figures, file, "Indexing rate (solid: per second, dashed: per CPU second)", "Corpus passages indexed", logarithmic: false,
            new Series("", false, figures.CorpusPassagesPerSecond),
            new Series(" per CPU s", true, figures.CorpusPassagesPerCpuSecond));

    public static void PeakMemory(Figures figures, string file) =>
        Draw(figures, file, "Peak memory while indexing", "Peak working set (MiB)", logarithmic: false,
            new Series("", false, (engine, size) => figures.Index(engine, size, r => r.PeakWorkingSetBytes / 1048576.0)));

    public static void SearchLatency(Figures figures, string file) =>
        Draw(figures, file, "Search latency, warm (solid: p99, dashed: p50)", "Latency (ms, log scale)", logarithmic: true,
            new Series(" p99", false, (engine, size) => figures.Query(engine, size, q => q.Search.P99)),
            new Series(" p50", true, (engine, size) => figures.Query(engine, size, q => q.Search.P50)));

    private static void Draw(Figures figures, string file, string title, string yLabel, bool logarithmic, params Series[] series)
    {
        var plot = new Plot();
        var positions = figures.Sizes.Select((_, i) => (double)i).ToArray();
        double Y(double value) => logarithmic ? Math.Log10(Math.Max(value, 1e-3)) : value;

        var palette = new ScottPlot.Palettes.Category10();
        foreach (var (engine, index) in figures.Engines.Select((e, i) => (e, i)))
        foreach (var one in series)
        {
            var points = figures.Sizes.Select((size, i) => (x: positions[i], spread: one.Figure(engine, size))).Where(p => p.spread is not null).ToList();
            if (points.Count == 0)
                continue;
            var xs = points.Select(p => p.x).ToArray();
            var ys = points.Select(p => Y(p.spread!.Median)).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = engine + one.Label;
            line.Color = palette.GetColor(index);
            line.LinePattern = one.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            line.LineWidth = 2;
            line.MarkerSize = 7;
            var bars = plot.Add.ErrorBar(xs, ys, points.Select(_ => 0.0).ToArray());
            bars.YErrorPositive = [.. points.Select(p => Y(p.spread!.Max) - Y(p.spread.Median))];
            bars.YErrorNegative = [.. points.Select(p => Y(p.spread!.Median) - Y(p.spread.Min))];
            bars.Color = line.Color;
        }

        plot.Title(title);
        plot.YLabel(yLabel);
        plot.XLabel("Corpus size (passages)");
        plot.Axes.Bottom.SetTicks(positions, [.. figures.Sizes.Select(s => figures.CorpusPassages(s) is { } n ? $"{s} ({n:N0})" : s)]);
        plot.Axes.SetLimitsX(-0.3, Math.Max(1, positions.Length - 1) + 0.3);
        if (logarithmic)
        {
            var ticks = Enumerable.Range(-2, 7).SelectMany(e => new[] { 1, 2, 5 }.Select(m => m * Math.Pow(10, e))).ToArray();
            plot.Axes.Left.SetTicks([.. ticks.Select(Math.Log10)], [.. ticks.Select(t => t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))]);
        }
        else
        {
            plot.Axes.Margins(bottom: 0);
        }
        plot.ShowLegend(Edge.Right);
        plot.SavePng(file, Width, Height);
    }
}
