using System.Text.Json;
using KnowledgeBot.Cli.Tests.Support;

namespace KnowledgeBot.Cli.Tests;

public class CommandTests(IndexedSample sample) : IClassFixture<IndexedSample>
{
    [Fact]
    public async Task Search_json_lists_ranked_documents_with_the_contract_fields()
    {
        var result = await sample.Setup.RunAsync("search", "la secu rembourse combien pour une perruque ?", "--top", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        var hits = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
            Assert.Equal(["id", "url", "kind", "title", "score", "snippet"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Contains(hits, hit => hit.GetProperty("id").GetString() == "https://asso.example.org/aides/prothese-capillaire-perruque");
        Assert.Contains(hits, hit => hit.GetProperty("kind").GetString() == "answer");
    }

    [Fact]
    public async Task Stats_show_documents_and_passages_per_kind()
    {
        var result = await sample.Setup.RunAsync("stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"page\s+40\s+\d+", result.Output);
        Assert.Matches(@"answer\s+191\s+\d+", result.Output);
        Assert.Contains("generation", result.Output);
    }

    [Fact]
    public async Task Eval_prints_a_metric_table_and_the_metrics_line_last()
    {
        var questions = Path.Combine(sample.Setup.Root, "questions.jsonl");
        await File.WriteAllTextAsync(questions,
            "{\"id\":\"q1\",\"question\":\"perruque remboursement\",\"relevant\":{\"https://asso.example.org/aides/prothese-capillaire-perruque\":2},\"department\":null,\"triage\":\"normal\"}\n");

        var result = await sample.Setup.RunAsync("eval", "--questions", questions);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Trim().Split('\n');
        Assert.Contains(lines, line => line.StartsWith("ndcg@10"));
        Assert.Matches(@"^recall@5=1\.000 mrr@10=\S+ ndcg@10=\S+ referral=\S+ wrong_referral=\S+ triage_recall=\S+ triage_precision=\S+$", lines[^1]);
    }

    [Fact]
    public async Task Eval_file_with_a_malformed_line_is_a_one_line_error()
    {
        var questions = Path.Combine(sample.Setup.Root, "broken.jsonl");
        await File.WriteAllTextAsync(questions, "{\"id\":\"q1\",\"question\":\"taxi\",\"triage\":\"normal\"}\n{\"id\":\"q2\"\n");

        var result = await sample.Setup.RunAsync("eval", "--questions", questions);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("broken.jsonl:2", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Unknown_option_is_a_one_line_error()
    {
        var result = await sample.Setup.RunAsync("search", "taxi", "--bogus");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--bogus", Assert.Single(result.ErrorLines));
    }
}
