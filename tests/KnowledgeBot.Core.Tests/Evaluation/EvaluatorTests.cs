using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Tests.Support;
using KnowledgeBot.Core.Triage;
using static KnowledgeBot.Core.Tests.Support.TestDocuments;

namespace KnowledgeBot.Core.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void Eval_file_line_errors_name_file_and_line()
    {
        using var folder = new TempDirectory();
        var file = folder.File("dev.jsonl",
            "{\"id\":\"q1\",\"question\":\"perruque\",\"relevant\":{\"a\":2},\"department\":null,\"triage\":\"normal\"}\n" +
            "{\"id\":\"q2\",\"question\":\"taxi\",\"relevant\":{\"a\":\"deux\"},\"triage\":\"normal\"}\n");

        var error = Assert.Throws<SourceFormatException>(() => EvalFileReader.Read(file));
        Assert.Equal(2, error.Line);
        Assert.Contains("dev.jsonl:2", error.Message);
    }

    [Fact]
    public void Unknown_triage_label_is_a_line_error()
    {
        using var folder = new TempDirectory();
        var file = folder.File("dev.jsonl", "{\"id\":\"q1\",\"question\":\"perruque\",\"triage\":\"angry\"}\n");
        Assert.Contains("unknown triage 'angry'", Assert.Throws<SourceFormatException>(() => EvalFileReader.Read(file)).Message);
    }

    [Fact]
    public async Task Retrieval_metrics_count_only_questions_with_relevant_documents()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Page("aides/transport", "Transports", (null, "Le taxi conventionné est remboursé.")),
            Page("aides/perruque", "Perruque", (null, "La prothèse capillaire est remboursée.")));
        var questions = new[]
        {
            new EvalQuestion("q1", "taxi", new Dictionary<string, int> { ["https://asso.example.org/aides/transport"] = 2 }, null, TriageLabel.Normal),
            new EvalQuestion("q2", "taxi", new Dictionary<string, int> { ["https://asso.example.org/aides/perruque"] = 2 }, null, TriageLabel.Normal),
            new EvalQuestion("q3", "colis perdu", new Dictionary<string, int>(), null, TriageLabel.OutOfScope),
        };

        var report = new Evaluator(index.Search, []).Run(questions);

        Assert.Equal(0.5, report["recall@5"].Value);
        Assert.Equal(2, report["recall@5"].Counted);
        Assert.Null(report["referral"].Value);
        Assert.Equal("recall@5=0.500 mrr@10=0.500 ndcg@10=0.500 referral=n/a wrong_referral=n/a triage_recall=n/a triage_precision=n/a", report.SummaryLine);
    }

    [Fact]
    public void Referral_and_triage_metrics_come_from_the_draft_service()
    {
        var questions = new[]
        {
            new EvalQuestion("located-right", "Brest", new Dictionary<string, int>(), "29", TriageLabel.Normal),
            new EvalQuestion("located-wrong", "Lorient", new Dictionary<string, int>(), "56", TriageLabel.Normal),
            new EvalQuestion("unlocated", "sans lieu", new Dictionary<string, int>(), null, TriageLabel.Distress),
            new EvalQuestion("unlocated-referred", "sans lieu mais référé", new Dictionary<string, int>(), null, TriageLabel.Normal),
        };
        var drafts = new ScriptedDrafts(new()
        {
            ["Brest"] = ("29", TriageLabel.Normal),
            ["Lorient"] = ("29", TriageLabel.Normal),
            ["sans lieu"] = (null, TriageLabel.Distress),
            ["sans lieu mais référé"] = ("75", TriageLabel.Distress),
        });

        var report = new Evaluator(new NoSearch(), [drafts]).Run(questions);

        Assert.Equal(0.5, report["referral"].Value);
        Assert.Equal(0.5, report["wrong_referral"].Value);
        Assert.Equal(1.0, report["triage_recall"].Value);
        Assert.Equal(0.5, report["triage_precision"].Value);
        Assert.Null(report["recall@5"].Value);
    }

    /// <summary>A draft service that answers each message with a given committee and triage label.</summary>
    private sealed class ScriptedDrafts(Dictionary<string, (string? Committee, TriageLabel Triage)> script) : IDraftService
    {
        public DraftSuggestion Suggest(IncomingMessage message)
        {
            var (code, triage) = script[message.Text];
            var committee = code is null ? null : new CommitteeReferral(code, $"Comité {code}", $"https://asso.example.org/comites/{code}");
            return new DraftSuggestion([new Draft("…", [], committee, triage, 0.5)], [], new TriageResult(triage, null, []), committee, code, false);
        }
    }

    private sealed class NoSearch : IKnowledgeSearch
    {
        public IReadOnlyList<SearchHit> Search(SearchRequest request) => [];
    }
}
