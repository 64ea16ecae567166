using System.Globalization;
using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Reporting;

public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(double value, string format = "N0") => value.ToString(format, Invariant);

    /// <summary>"median (min–max)", or the value alone for a single run; "–" when not measured.</summary>
    public static string Of(Spread? spread, string format = "N0", string unit = "") =>
        spread is null ? "–"
        : spread.Runs == 1 ? $"{Number(spread.Median, format)}{unit}"
        : $"{Number(spread.Median, format)}{unit} ({Number(spread.Min, format)}–{Number(spread.Max, format)})";

    public static string Mebibytes(Spread? bytes) =>
        bytes is null ? "–" : Of(new Spread(bytes.Median / 1048576, bytes.Min / 1048576, bytes.Max / 1048576, bytes.Runs), "N0", " MiB");

    public static string Ratio(double? value) => value is null || double.IsNaN(value.Value) ? "–" : $"{Number(value.Value, "0.00")}×";
}
