using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Search;

/// <param name="Kinds">Restrict to these kinds (null: all).</param>
/// <param name="PassagesPerDocument">How many of a document's passages that match to return (the best one, then others for a draft to choose from).</param>
public sealed record SearchRequest(string Query, int Top = 10, IReadOnlySet<DocumentKind>? Kinds = null, int PassagesPerDocument = 1);
