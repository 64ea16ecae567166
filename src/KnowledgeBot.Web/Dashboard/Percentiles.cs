namespace KnowledgeBot.Web.Dashboard;

/// <summary>Medians and percentiles of the dashboard's figures; null when there is nothing to count.</summary>
public static class Percentiles
{
    /// <summary>The middle value; for an even count, the mean of the two middle ones.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return null;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The nearest-rank percentile: the smallest value that at least <paramref name="percent"/> % of the values do
    /// not exceed, so that « 90 % of replies came within it » is true of a delay that really happened.
    /// </summary>
    public static double? NearestRank(IEnumerable<double> values, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return null;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
