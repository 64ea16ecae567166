using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using KnowledgeBot.Core.Committees;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// Whether a source's sentence names a particular place or committee: then it was written for someone who lives
/// there, and is not quoted to someone else. Finding a place means looking through 35,000 communes, while the
/// sources' sentences are few and met again at every draft: each is looked at once (up to a bound, then all are
/// forgotten and looked at again).
/// </summary>
internal sealed partial class SentencePlaces(ICommitteeLocator locator, PlaceVocabulary places)
{
    private const int Remembered = 50_000;

    private readonly ConcurrentDictionary<string, bool> _namesAPlace = new(StringComparer.Ordinal);

    public bool NamesAPlace(string sentence)
    {
        if (_namesAPlace.TryGetValue(sentence, out var names))
            return names;
        if (_namesAPlace.Count >= Remembered)
            _namesAPlace.Clear();
        names = NamedCommittee().IsMatch(sentence) || locator.Locate(sentence) is not null || places.MentionsArea(sentence);
        _namesAPlace[sentence] = names;
        return names;
    }

    /// <summary>"le comité du Pas-de-Calais", "comité de Paris": a particular committee, not "le comité" in general.</summary>
    [GeneratedRegex(@"[Cc]omité (de la |de l'|de l’|du |des |de |d'|d’)\p{Lu}")]
    private static partial Regex NamedCommittee();
}
