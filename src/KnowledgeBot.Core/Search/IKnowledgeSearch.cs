namespace KnowledgeBot.Core.Search;

/// <summary>Ranked search over the live index generation; safe to call while the index is being updated.</summary>
public interface IKnowledgeSearch
{
    IReadOnlyList<SearchHit> Search(SearchRequest request);
}
