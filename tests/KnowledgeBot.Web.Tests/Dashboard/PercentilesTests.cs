using KnowledgeBot.Web.Dashboard;

namespace KnowledgeBot.Web.Tests.Dashboard;

public sealed class PercentilesTests
{
    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value_whatever_the_order() =>
        Assert.Equal(120, Percentiles.Median([3600, 60, 120]));

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(90, Percentiles.Median([60, 600, 120, 30]));

    [Theory]
    [InlineData(new double[] { 60, 120, 3600 }, 3600)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 10)]
    [InlineData(new double[] { 42 }, 42)]
    public void Ninetieth_percentile_is_the_nearest_rank(double[] values, double expected) =>
        Assert.Equal(expected, Percentiles.NearestRank(values, 90));

    [Fact]
    public void Nothing_to_count_gives_no_figure()
    {
        Assert.Null(Percentiles.Median([]));
        Assert.Null(Percentiles.NearestRank([], 90));
    }
}
