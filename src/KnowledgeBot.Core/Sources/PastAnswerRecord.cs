namespace KnowledgeBot.Core.Sources;

/// <summary>One past expert answer as written in a JSON Lines or CSV file, before validation.</summary>
internal sealed record PastAnswerRecord(
    string File,
    int Line,
    string? Id,
    string? Question,
    string? Channel,
    string? AskedAt,
    string? Answer,
    IReadOnlyList<string> Sources,
    string? ExpertRole,
    IReadOnlyList<string> Tags,
    string? Department,
    string? Status,
    string? SupersededBy);
