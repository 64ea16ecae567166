using KnowledgeBot.Core.Review;

namespace KnowledgeBot.Web.Review;

/// <summary>An approved answer as stored: the knowledge kept (masked), who approved it, and where the expert review stands.</summary>
/// <param name="ReviewedBy">The expert who took the last review decision (validated, rejected or superseded it).</param>
public sealed record StoredAnswer(
    string Id,
    long MessageId,
    string? Question,
    string Answer,
    IReadOnlyList<string> References,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    ApprovedAnswerStatus Status,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? SupersededBy);
