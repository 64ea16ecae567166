namespace KnowledgeBot.Core.Documents;

/// <summary>
/// One unit of vetted knowledge, whatever its source. Identity (<see cref="Id"/>) follows docs/architecture.md:
/// a page's canonical URL, a fiche's spUrl, or <c>answer:</c> + the answer id.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }

    /// <summary>The link a reader can follow; null for past answers, which have no public page.</summary>
    public string? Url { get; init; }

    public required string Title { get; init; }
    public required DocumentKind Kind { get; init; }
    public required IReadOnlyList<DocumentSection> Sections { get; init; }

    /// <summary>Page modification date, answer date or fiche modification date.</summary>
    public DateTimeOffset? Modified { get; init; }

    public DocumentStatus Status { get; init; } = DocumentStatus.Current;

    /// <summary>Id of the document that replaces this one, when <see cref="Status"/> is superseded.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>For past answers: the question as the person wrote it (indexed apart, boosted).</summary>
    public string? Question { get; init; }

    /// <summary>Short summary (fiche description, page meta description).</summary>
    public string? Description { get; init; }

    /// <summary>Subject or theme (fiche subject, answer tags).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>URLs a past answer cites.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>All text, headings included, as one string.</summary>
    public string FullText => string.Join("\n\n", Sections.Select(s => s.Heading is null ? s.Text : $"{s.Heading}\n{s.Text}"));
}
