namespace KnowledgeBot.Core.Drafting;

/// <summary>Section <c>KnowledgeBot:Drafting</c>.</summary>
public sealed class DraftingOptions
{
    public const string Section = "KnowledgeBot:Drafting";

    /// <summary>A source older than this is flagged to the CM (<see cref="DraftSource.IsStale"/>).</summary>
    public int StaleAfterYears { get; set; } = 3;

    /// <summary>Below this confidence the draft says that an expert will answer instead of answering.</summary>
    public double LowConfidenceBelow { get; set; } = 0.4;

    /// <summary>Documents fetched from search for one message.</summary>
    public int SearchDepth { get; set; } = 8;

    /// <summary>Signature at the end of a reply.</summary>
    public string Signature { get; set; } = "L'équipe de l'association";
}
