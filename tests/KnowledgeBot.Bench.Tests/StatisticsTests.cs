using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Bench.Harness;

namespace KnowledgeBot.Bench.Tests;

public class StatisticsTests
{
    [Fact]
    public void Percentiles_are_taken_by_nearest_rank()
    {
        var stats = LatencyStats.Of([.. Enumerable.Range(1, 100).Reverse().Select(i => (double)i)]);

        Assert.Equal((50.0, 95.0, 99.0, 100.0), (stats.P50, stats.P95, stats.P99, stats.Max));
    }

    [Fact]
    public void A_single_slow_request_in_a_hundred_is_the_p99()
    {
        var stats = LatencyStats.Of([.. Enumerable.Repeat(1.0, 99), 250.0]);

        Assert.Equal(1.0, stats.P99);
        Assert.Equal(250.0, stats.Max);
    }

    [Fact]
    public void Median_of_an_even_number_of_runs_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(new Spread(2.5, 1, 9, 4), Spread.Of([9, 1, 3, 2]));
    }

    [Theory]
    [InlineData("real", 0)]
    [InlineData("100k", 100_000)]
    [InlineData("1M", 1_000_000)]
    [InlineData("2500", 2_500)]
    public void Corpus_sizes_read_as_passage_counts(string text, int passages)
    {
        Assert.Equal(passages, CorpusSize.Parse(text).TargetPassages);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("-5k")]
    [InlineData("1G")]
    public void An_unknown_corpus_size_is_refused_with_its_name(string text)
    {
        var error = Assert.Throws<FormatException>(() => CorpusSize.Parse(text));
        Assert.Contains(text, error.Message);
    }
}
