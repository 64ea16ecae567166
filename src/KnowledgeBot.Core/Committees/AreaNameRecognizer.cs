namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Department, collectivity, region and country names: "en Seine-Saint-Denis", "dans l'Aveyron", "à la Réunion",
/// "en Bretagne" (a region: no committee), "au Canada" (abroad: no committee).
/// </summary>
public sealed class AreaNameRecognizer(PlaceVocabulary vocabulary, CommuneDirectory communes) : IPlaceRecognizer
{
    private static readonly HashSet<string> Articles = ["le", "la", "les", "l"];

    public IEnumerable<PlaceMatch> Recognize(PlaceText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var (match, words) = LongestArea(text, i);
            if (match is not null)
                yield return match;
            // A name that is not taken as a place hides the names inside it.
            i += Math.Max(words, 1) - 1;
        }
    }

    /// <summary>
    /// "dans le cantal", "nous sommes en gironde", "à Craon en seine-maritime": after "dans", or after a verb and "en",
    /// a department named like a common word needs no capital ("en somme" alone is not the Somme), nor does a name of
    /// two common words after a preposition.
    /// </summary>
    private static bool IsAreaCue(PlaceText text, int i, string key, PlaceContext context)
    {
        var cue = Articles.Contains(text.Word(i - 1) ?? "") ? text.Word(i - 2) : text.Word(i - 1);
        return cue == "dans" || (cue == "en" && context >= PlaceContext.Copula)
            || (context >= PlaceContext.Preposition && PlaceVocabulary.ContentWords(key) >= 2);
    }

    private (PlaceMatch? Match, int Words) LongestArea(PlaceText text, int i)
    {
        for (var count = Math.Min(vocabulary.MaxAreaWords, text.Tokens.Count - i); count >= 1; count--)
        {
            var key = text.Key(i, count);
            string? code;
            var abroad = false;
            if (vocabulary.Areas.TryGetValue(key, out var area))
                code = area == PlaceVocabulary.RegionCode ? null : area;
            else if (vocabulary.Countries.Contains(key))
                (code, abroad) = (null, true);
            else
                continue;

            var context = PlaceCues.Around(text, i, count);
            if (!NameMatcher.Accepts(text, i, count, key, context, vocabulary) && !IsAreaCue(text, i, key, context))
                return (null, count);
            var point = code is null ? null : communes.LargestIn(code);
            // "dans la Creuse" is the department even though a commune is called "La Creuse": take the article along.
            var article = Articles.Contains(text.Word(i - 1) ?? "") ? 1 : 0;
            return (new PlaceMatch(code, i - article, count + article, (int)context, point?.Lat, point?.Lon, IsAbroad: abroad), count);
        }
        return (null, 0);
    }
}
