using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Review;

/// <summary>A reply the CM approved, turned into a past answer that waits for an expert's validation (see <see cref="ApprovedAnswerStatus"/>).</summary>
public static class ApprovedAnswer
{
    public static string IdFor(long messageId) => $"answer:CM-{messageId:D6}";

    /// <summary>The id of the <paramref name="version"/>th text kept for the message (2 for the first successor an expert wrote).</summary>
    public static string IdFor(long messageId, int version) => version <= 1 ? IdFor(messageId) : $"{IdFor(messageId)}-{version}";

    public static Document ToDocument(string id, string? question, string answer, IReadOnlyList<string> references, DateTimeOffset approvedAt,
        DocumentStatus status = DocumentStatus.PendingValidation, string? supersededBy = null) => new()
    {
        Id = id,
        Title = TitleFrom(question ?? answer),
        Kind = DocumentKind.Answer,
        Sections = [new DocumentSection(null, answer)],
        Question = question,
        References = references,
        Modified = approvedAt,
        Status = status,
        SupersededBy = supersededBy,
    };

    private static string TitleFrom(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 90 ? line : line[..90].TrimEnd() + "…";
    }
}
