using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Search;

/// <summary>One document in a result list, with its best passage.</summary>
/// <param name="LazySnippet">
/// The best passage's fragments, highlighted when first read: the console and the widget show them, a draft reads
/// only the passage (highlighting re-analyses the passage, a quarter of a short query's search).
/// </param>
/// <param name="Passage">Plain text of the best passage, with its heading.</param>
/// <param name="Replaces">When this hit stands for a superseded answer that matched, that answer's id.</param>
public sealed record SearchHit(
    string Id,
    string? Url,
    DocumentKind Kind,
    string Title,
    float Score,
    Lazy<Snippet> LazySnippet,
    string Passage,
    DateTimeOffset? Modified,
    DocumentStatus Status = DocumentStatus.Current,
    string? Replaces = null)
{
    /// <summary>Best passage fragments as plain text, with the matched words' ranges.</summary>
    public Snippet Snippet => LazySnippet.Value;
}
