using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Review;

/// <summary>A reply the CM approved, turned into a past answer that waits for an expert's validation.</summary>
public static class ApprovedAnswer
{
    public static string IdFor(long messageId) => $"answer:CM-{messageId:D6}";

    public static Document ToDocument(string id, string? question, string answer, IReadOnlyList<string> references, DateTimeOffset approvedAt) => new()
    {
        Id = id,
        Title = TitleFrom(question ?? answer),
        Kind = DocumentKind.Answer,
        Sections = [new DocumentSection(null, answer)],
        Question = question,
        References = references,
        Modified = approvedAt,
        Status = DocumentStatus.PendingValidation,
    };

    private static string TitleFrom(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 90 ? line : line[..90].TrimEnd() + "…";
    }
}
