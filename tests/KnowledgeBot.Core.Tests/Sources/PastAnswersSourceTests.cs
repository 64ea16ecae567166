using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Tests.Support;

namespace KnowledgeBot.Core.Tests.Sources;

public class PastAnswersSourceTests
{
    private const string Current =
        """{"id": "PA-0002", "question": "La sécu rembourse la perruque ?", "channel": "email", "asked_at": "2026-01-10T10:00:00+01:00", "answer": "Oui, la prothèse capillaire est remboursée.", "sources": ["https://asso.example.org/aides/prothese-capillaire-perruque"], "expert_role": "juriste", "tags": ["perruque"], "department": null, "status": "current", "superseded_by": null}""";

    private const string Superseded =
        """{"id": "PA-0001", "question": "Remboursement perruque ?", "channel": "email", "asked_at": "2023-01-10T10:00:00+01:00", "answer": "Ancienne règle : 125 €.", "sources": [], "expert_role": "juriste", "tags": [], "department": null, "status": "superseded", "superseded_by": "PA-0002"}""";

    private static async Task<List<Document>> ReadAsync(params string[] files) =>
        await new PastAnswersSource(files).ReadAsync().ToListAsync();

    [Fact]
    public async Task Json_lines_become_answer_documents_with_question_and_answer_apart()
    {
        using var folder = new TempDirectory();
        var documents = await ReadAsync(folder.File("answers.jsonl", Current + "\n\n" + Superseded + "\n"));

        var answer = documents.Single(d => d.Id == "answer:PA-0002");
        Assert.Equal(DocumentKind.Answer, answer.Kind);
        Assert.Equal("La sécu rembourse la perruque ?", answer.Question);
        Assert.Equal("Oui, la prothèse capillaire est remboursée.", Assert.Single(answer.Sections).Text);
        Assert.Equal(["https://asso.example.org/aides/prothese-capillaire-perruque"], answer.References);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), answer.Modified);
    }

    [Fact]
    public async Task Superseded_answer_names_its_successor()
    {
        using var folder = new TempDirectory();
        var documents = await ReadAsync(folder.File("answers.jsonl", Current + "\n" + Superseded));

        var old = documents.Single(d => d.Id == "answer:PA-0001");
        Assert.Equal(DocumentStatus.Superseded, old.Status);
        Assert.Equal("answer:PA-0002", old.SupersededBy);
    }

    [Fact]
    public async Task Csv_with_the_same_columns_gives_the_same_documents()
    {
        using var folder = new TempDirectory();
        var jsonl = await ReadAsync(folder.File("answers.jsonl", Current + "\n" + Superseded));
        var csv = await ReadAsync(folder.File("answers.csv",
            "id,question,channel,asked_at,answer,sources,expert_role,tags,department,status,superseded_by\n" +
            "PA-0002,La sécu rembourse la perruque ?,email,2026-01-10T10:00:00+01:00,\"Oui, la prothèse capillaire est remboursée.\",https://asso.example.org/aides/prothese-capillaire-perruque,juriste,perruque,,current,\n" +
            "PA-0001,Remboursement perruque ?,email,2023-01-10T10:00:00+01:00,Ancienne règle : 125 €.,,juriste,,,superseded,PA-0002\n"));

        Assert.Equal(jsonl.Select(Describe), csv.Select(Describe));
    }

    [Fact]
    public async Task Csv_fields_may_hold_quotes_and_line_breaks()
    {
        using var folder = new TempDirectory();
        var documents = await ReadAsync(folder.File("answers.csv",
            "id,question,channel,asked_at,answer,sources,expert_role,tags,department,status,superseded_by\n" +
            "PA-0009,\"Bonjour,\nma question \"\"urgente\"\"\",email,,Réponse.,,juriste,,,current,\n" +
            "PA-0010,Autre,email,,Réponse.,,juriste,,,,\n"));

        Assert.Equal("Bonjour,\nma question \"urgente\"", documents[0].Question);
        Assert.Equal(2, documents.Count);
    }

    [Theory]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\"", "invalid JSON")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\"}", "missing 'answer'")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\", \"answer\": \"A\", \"asked_at\": \"hier\"}", "not a date")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\", \"answer\": \"A\", \"status\": \"archived\"}", "unknown status")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\", \"answer\": \"A\", \"status\": \"superseded\"}", "needs 'superseded_by'")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\", \"answer\": \"A\", \"status\": \"superseded\", \"superseded_by\": \"PA-9999\"}", "not a known answer id")]
    [InlineData("{\"id\": \"PA-0002\", \"question\": \"Q\", \"answer\": \"A\"}", "duplicate id")]
    [InlineData("{\"id\": \"PA-0003\", \"question\": \"Q\", \"answer\": \"A\", \"tags\": \"perruque\"}", "'tags' must be an array")]
    public async Task Malformed_line_is_reported_with_file_and_line(string line, string problem)
    {
        using var folder = new TempDirectory();
        var file = folder.File("answers.jsonl", Current + "\n" + line + "\n");

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(file));

        Assert.Equal(file, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains($"answers.jsonl:2: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task Csv_line_with_a_missing_field_is_reported_with_its_line()
    {
        using var folder = new TempDirectory();
        var file = folder.File("answers.csv",
            "id,question,channel,asked_at,answer,sources,expert_role,tags,department,status,superseded_by\n" +
            "PA-0010,Question,email,,Réponse.,,juriste,,,current,\n" +
            "PA-0011,Question,email,,Réponse.\n");

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(file));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task Shipped_sample_answers_are_all_valid()
    {
        var documents = await ReadAsync(KnowledgeBot.Core.Configuration.KnowledgeBotHome.Resolve("corpus/past-answers.jsonl"));
        Assert.True(documents.Count > 100);
        Assert.Contains(documents, d => d.Status == DocumentStatus.Superseded);
    }

    private static string Describe(Document d) =>
        $"{d.Id}|{d.Question}|{d.FullText}|{d.Status}|{d.SupersededBy}|{d.Modified:O}|{string.Join(',', d.References)}|{string.Join(',', d.Tags)}";
}
