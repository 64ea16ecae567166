namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Commune names, with or without accents, hyphens or capitals ("j'habite à Brest", "au Tampon", "sur st etienne",
/// "près de Clermont-Ferrand"), and the short names of towns ("sur Brive"). Homonyms go to the most populous.
/// </summary>
public sealed class CommuneNameRecognizer(CommuneDirectory communes, PlaceVocabulary vocabulary) : IPlaceRecognizer
{
    public IEnumerable<PlaceMatch> Recognize(PlaceText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (text.Tokens[i].IsNumber)
                continue;
            var (match, words) = LongestName(text, i);
            match ??= words == 0 ? ShortName(text, i) : null;
            if (match is not null)
                yield return match;
            // A name that is not taken as a place hides the names inside it ("Meurthe-et-Moselle" is not "Moselle").
            i += Math.Max(words, 1) - 1;
        }
    }

    /// <summary>The place named by the longest commune name starting at word <paramref name="i"/> (null when not meant as a place), and its length in words (0: none).</summary>
    private (PlaceMatch? Match, int Words) LongestName(PlaceText text, int i)
    {
        // "au Tampon" is "à Le Tampon", "aux Sables-d'Olonne" is "à Les Sables-d'Olonne", "du Havre" is "de Le Havre".
        var article = text.Word(i - 1) switch { "au" or "du" => "le ", "aux" or "des" => "les ", _ => "" };
        for (var count = Math.Min(communes.MaxNameWords, text.Tokens.Count - i); count >= 1; count--)
        {
            var key = text.Key(i, count);
            var found = communes.Named(key);
            if (found.Count == 0 && article.Length > 0)
                found = communes.Named(article + key);
            if (found.Count == 0)
                continue;
            var commune = found[0];
            var context = PlaceCues.Before(text, i);
            if (!NameMatcher.Accepts(text, i, count, key, context, vocabulary, commune.Population, articleMatters: true))
                return (null, count);
            return (new PlaceMatch(commune.Department, i, count, (int)context, commune.Lat, commune.Lon), count);
        }
        return (null, 0);
    }

    private PlaceMatch? ShortName(PlaceText text, int i)
    {
        var word = text.Tokens[i].Folded;
        var found = communes.ShortNamed(word);
        if (found.Count == 0 || vocabulary.IsAmbiguous(word) || word is "saint" or "sainte")
            return null;
        var context = PlaceCues.Before(text, i);
        if (context < PlaceContext.Preposition)
            return null;
        var commune = found[0];
        return new PlaceMatch(commune.Department, i, 1, (int)context, commune.Lat, commune.Lon);
    }
}
