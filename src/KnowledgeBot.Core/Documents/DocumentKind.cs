namespace KnowledgeBot.Core.Documents;

/// <summary>Where a document comes from; serialized in lower case (<c>page</c>, <c>answer</c>, <c>fiche</c>).</summary>
public enum DocumentKind
{
    /// <summary>A crawled, vetted page of the association's website.</summary>
    Page,
    /// <summary>A past expert answer.</summary>
    Answer,
    /// <summary>A service-public.fr fiche from the DILA open data.</summary>
    Fiche,
}
