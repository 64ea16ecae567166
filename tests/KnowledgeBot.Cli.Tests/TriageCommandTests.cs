using System.Text.Json;
using KnowledgeBot.Cli.Tests.Support;

namespace KnowledgeBot.Cli.Tests;

public class TriageCommandTests(IndexedSample sample) : IClassFixture<IndexedSample>
{
    [Fact]
    public async Task Triage_json_gives_the_label_the_level_and_the_evidence()
    {
        var result = await sample.Setup.RunAsync("triage", "J'ai mis de côté des somnifères, je suis un poids pour tout le monde.", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("distress", json.GetProperty("label").GetString());
        Assert.Equal("danger", json.GetProperty("level").GetString());
        var concepts = json.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("concept").GetString()).ToList();
        Assert.Contains("moyens-reunis", concepts);
        Assert.Contains("fardeau", concepts);
        Assert.StartsWith("signes relevés : ", json.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Triage_of_a_file_prints_the_confusion_matrix_and_the_metrics_line_last()
    {
        var questions = Path.Combine(sample.Setup.Root, "triage.jsonl");
        await File.WriteAllTextAsync(questions,
            "{\"id\":\"a\",\"question\":\"je veux mourir, j'ai gardé mes cachets pour ce soir\",\"triage\":\"distress\",\"level\":\"danger\"}\n" +
            "{\"id\":\"b\",\"question\":\"comment obtenir un reçu fiscal ?\",\"triage\":\"normal\"}\n");

        var result = await sample.Setup.RunAsync("triage", "--questions", questions);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Trim().Split('\n');
        Assert.Contains(lines, line => line.StartsWith("distress") && line.TrimEnd().EndsWith("1.000"));
        Assert.StartsWith("triage_recall=1.000 triage_precision=1.000 danger_recall=1.000", lines[^1]);
    }

    [Fact]
    public async Task Triage_without_a_message_is_a_one_line_error()
    {
        var result = await sample.Setup.RunAsync("triage");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--questions", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_triage_file_with_an_unknown_level_names_the_file_and_the_line()
    {
        var questions = Path.Combine(sample.Setup.Root, "levels.jsonl");
        await File.WriteAllTextAsync(questions, "{\"id\":\"a\",\"question\":\"x\",\"triage\":\"distress\",\"level\":\"grave\"}\n");

        var result = await sample.Setup.RunAsync("triage", "--questions", questions);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("levels.jsonl:1", Assert.Single(result.ErrorLines));
    }
}
