using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Search;

/// <param name="Kinds">Restrict to these kinds (null: all).</param>
public sealed record SearchRequest(string Query, int Top = 10, IReadOnlySet<DocumentKind>? Kinds = null);
