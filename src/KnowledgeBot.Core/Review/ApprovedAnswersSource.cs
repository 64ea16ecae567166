using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Review;

/// <summary>Replies the CM approved (stored in the database), as past answers pending expert validation, validated (current) or superseded; rejected ones are left out.</summary>
public sealed class ApprovedAnswersSource(KnowledgeBotDatabase database) : IDocumentSource
{
    public string Name => $"approved answers {database.FilePath}";

    public IReadOnlySet<DocumentKind> Kinds { get; } = new HashSet<DocumentKind> { DocumentKind.Answer };

    public async IAsyncEnumerable<Document> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<Document> documents;
        using (var connection = database.Open())
        {
            documents = connection.Query("SELECT id, question, answer, refs, approved_at, status, superseded_by FROM approved_answers WHERE status <> $rejected ORDER BY id",
                r => ApprovedAnswer.ToDocument(r.GetString(0), r.NullableString("question"), r.GetString(2),
                    JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], r.Timestamp("approved_at"),
                    ApprovedAnswerStatusWire.ParseWire(r.GetString(5)).AsDocument()!.Value, r.NullableString("superseded_by")),
                ("$rejected", ApprovedAnswerStatus.Rejected.Wire()));
        }
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
        await Task.CompletedTask;
    }
}
