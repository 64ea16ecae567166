using KnowledgeBot.Cli.Tests.Support;

namespace KnowledgeBot.Cli.Tests;

public class IndexCommandTests
{
    [Fact]
    public async Task Malformed_answers_file_fails_with_file_and_line_and_keeps_the_previous_index()
    {
        using var setup = new SampleSetup();
        Assert.Equal(0, (await setup.RunAsync("index")).ExitCode);
        var statsBefore = (await setup.RunAsync("stats")).Output;
        var searchBefore = (await setup.RunAsync("search", "taxi pour la radiothérapie", "--json")).Output;

        var lines = await File.ReadAllLinesAsync(setup.AnswersFile);
        lines[4] = lines[4].Replace("\"answer\":", "\"answer\"");
        await File.WriteAllLinesAsync(setup.AnswersFile, lines);
        var failed = await setup.RunAsync("index");

        Assert.NotEqual(0, failed.ExitCode);
        var error = Assert.Single(failed.ErrorLines, line => line.StartsWith("erreur"));
        Assert.Contains("answers.jsonl:5", error);
        Assert.Equal(statsBefore, (await setup.RunAsync("stats")).Output);
        Assert.Equal(searchBefore, (await setup.RunAsync("search", "taxi pour la radiothérapie", "--json")).Output);
    }

    [Fact]
    public async Task Index_reports_progress_and_counts_and_says_how_to_get_missing_fiches()
    {
        using var setup = new SampleSetup();
        var result = await setup.RunAsync("index");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("documents: 231 added", result.Output);
        Assert.Contains("passages written", result.Error);
        Assert.Contains("scripts/fetch-fiches.sh", result.Error);
    }

    [Fact]
    public async Task Second_index_run_changes_nothing()
    {
        using var setup = new SampleSetup();
        await setup.RunAsync("index");
        var again = await setup.RunAsync("index");

        Assert.Contains("0 added, 0 updated, 231 unchanged, 0 removed", again.Output);
    }

    [Fact]
    public async Task Search_without_an_index_says_how_to_build_it()
    {
        using var setup = new SampleSetup();
        var result = await setup.RunAsync("search", "perruque");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("kb index", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Missing_config_file_is_a_one_line_error()
    {
        var result = await Kb.RunAsync("stats", "--config", "/nonexistent/settings.json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/settings.json", Assert.Single(result.ErrorLines));
    }
}
