using System.Globalization;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>
/// Where the bars of the messages-per-day chart go, in the coordinates of its SVG <c>viewBox</c>
/// (<see cref="Width"/> × <see cref="Height"/>); the page draws them, no script involved.
/// </summary>
public sealed class DailyBarChart
{
    public const double Width = 720;
    public const double Height = 220;
    public const double PlotLeft = 44;
    public const double PlotRight = Width - 8;
    public const double PlotTop = 12;
    public const double PlotBottom = Height - 28;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public DailyBarChart(IReadOnlyList<DayCount> days)
    {
        // A scale of at least 1, so that a period without messages still draws its axis.
        Max = Math.Max(1, days.Count == 0 ? 0 : days.Max(d => d.Messages));
        var slot = (PlotRight - PlotLeft) / Math.Max(1, days.Count);
        var gap = slot > 6 ? slot * 0.2 : 0;
        Bars = days.Select((day, i) =>
        {
            var height = (PlotBottom - PlotTop) * day.Messages / Max;
            return new DailyBar(day.Day, day.Messages, Round(PlotLeft + i * slot + gap / 2), Round(PlotBottom - height), Round(slot - gap), Round(height));
        }).ToList();
        // The first, middle and last days under the axis: enough to read the dates without crowding 90 of them.
        DayLabels = days.Count == 0
            ? []
            : new[] { 0, days.Count / 2, days.Count - 1 }.Distinct()
                .Select(i => new AxisLabel(Round(PlotLeft + (i + 0.5) * slot), days[i].Day.ToString("dd/MM", French))).ToList();
    }

    /// <summary>The count at the top of the scale.</summary>
    public int Max { get; }

    public IReadOnlyList<DailyBar> Bars { get; }

    public IReadOnlyList<AxisLabel> DayLabels { get; }

    /// <summary>A number as an SVG attribute writes it (a point, never a comma).</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 2);
}

public sealed record DailyBar(DateOnly Day, int Messages, double X, double Y, double Width, double Height);

public sealed record AxisLabel(double X, string Text);
