using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Drafting;

/// <param name="IsStale">Older than the configured age: flagged to the CM.</param>
public sealed record DraftSource(string Id, string? Url, string Title, DocumentKind Kind, DateTimeOffset? Date, bool IsStale);
