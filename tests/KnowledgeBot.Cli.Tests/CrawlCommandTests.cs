using System.Text.Json;
using KnowledgeBot.Cli.Tests.Support;

namespace KnowledgeBot.Cli.Tests;

public class CrawlCommandTests : IDisposable
{
    private readonly SampleSetup _setup = new();
    private readonly string _crawlConfig;

    public CrawlCommandTests()
    {
        // Nothing listens on port 1: every request fails at once; one quick retry keeps the test short.
        _crawlConfig = Path.Combine(_setup.Root, "crawl.json");
        File.WriteAllText(_crawlConfig, JsonSerializer.Serialize(new
        {
            KnowledgeBot = new { Crawler = new { MaxRetries = 1, RetryBaseDelay = "00:00:00.010", DelayPerHost = "00:00:00" } },
        }));
    }

    [Fact]
    public async Task Explain_prints_exactly_one_line_and_succeeds()
    {
        var result = await Kb.RunAsync("crawl", "--explain", "http://127.0.0.1:1/aides/aides-financieres", "--config", _crawlConfig, "--data", _setup.DataDirectory);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("skipped: robots.txt inaccessible", line);
    }

    [Fact]
    public async Task Explain_of_something_that_is_not_a_url_is_a_one_line_error()
    {
        var result = await Kb.RunAsync("crawl", "--explain", "aides-financieres", "--config", _crawlConfig, "--data", _setup.DataDirectory);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("erreur : aides-financieres: not an absolute http(s) URL", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Crawl_of_an_unreachable_site_indexes_nothing_and_says_why()
    {
        var result = await Kb.RunAsync("crawl", "--seed", "http://127.0.0.1:1/", "--config", _crawlConfig, "--data", _setup.DataDirectory);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 indexed", result.Output);
        Assert.Contains("bloquées par robots.txt", result.Output);
        Assert.Contains("robots.txt inaccessible", File.ReadAllText(Path.Combine(_setup.DataDirectory, "crawl-log.txt")));
    }

    public void Dispose() => _setup.Dispose();
}
