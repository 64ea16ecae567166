namespace KnowledgeBot.Core.Indexing;

/// <summary>Field names of a passage in the Lucene index (one Lucene document per passage).</summary>
internal static class IndexFields
{
    /// <summary>Bump when what is indexed about a document changes: every document is then re-indexed.</summary>
    public const string SchemaVersion = "3";

    public const string Id = "id";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string SupersededBy = "superseded_by";
    public const string Url = "url";
    public const string Modified = "modified";
    public const string Hash = "hash";
    public const string Ordinal = "passage";

    public const string Title = "title";
    public const string Question = "question";
    public const string Description = "description";
    public const string Tags = "tags";
    public const string Heading = "heading";
    public const string Text = "text";

    /// <summary>The whole document's title and text, on its first passage only: keyword queries rank documents, not passages.</summary>
    public const string DocumentTitle = "document_title";
    public const string DocumentText = "document_text";
}
