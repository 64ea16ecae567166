using KnowledgeBot.Core.Search;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// A long message tells a story around its questions ("je suis en arrêt depuis trois mois pour un cancer du sein…
/// est-ce que je perds mes congés payés ?"): the story's words pull the search towards what the person has, the
/// questions' words towards what they ask. Both are searched, and each document keeps the better of its two
/// scores, each relative to its own search's best (on the message's scale, so that closeness to the best still means
/// the same to the material).
/// </summary>
public static class QuestionFocusedSearch
{
    /// <summary>Questions shorter than this share of the message are searched on their own as well.</summary>
    private const double StoryShare = 0.6;

    public static IReadOnlyList<SearchHit> Search(IKnowledgeSearch search, string message, int top)
    {
        var hits = search.Search(new SearchRequest(message, top));
        var asked = string.Join(" ", MessageQuestions.Of(message).Select(q => q.Text));
        if (hits.Count == 0 || asked.Length >= message.Length * StoryShare)
            return hits;
        var focused = search.Search(new SearchRequest(asked, top));
        if (focused.Count == 0)
            return hits;
        var scale = hits[0].Score;
        return [.. hits.Select(h => (Hit: h, Relative: h.Score / hits[0].Score))
            .Concat(focused.Select(h => (Hit: h, Relative: h.Score / focused[0].Score)))
            .GroupBy(h => h.Hit.Id)
            .Select(g => g.MaxBy(h => h.Relative))
            .OrderByDescending(h => h.Relative)
            .Take(top)
            .Select(h => h.Hit with { Score = (float)(h.Relative * scale) })];
    }
}
