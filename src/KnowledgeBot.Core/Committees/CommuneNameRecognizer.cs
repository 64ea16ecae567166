using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Commune names, with or without accents, hyphens or capitals ("j'habite à Brest", "au Tampon", "sur st etienne",
/// "près de Clermont-Ferrand"), and the short names of towns ("sur Brive", "à Sarlat"). Homonyms go to the most populous.
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
            // "au Lamentin" may be Le Lamentin (Martinique) or Lamentin (Guadeloupe): both are namesakes.
            var found = article.Length == 0 ? communes.Named(key) : communes.Named(key).Concat(communes.Named(article + key)).OrderByDescending(c => c.Population).ToList();
            if (found.Count == 0)
                continue;
            var commune = found[0];
            if (IsStartOfAnotherName(text, i, count, key, commune))
                return (null, count);
            var context = PlaceCues.Around(text, i, count);
            if (!NameMatcher.Accepts(text, i, count, key, context, vocabulary, commune.Population, articleMatters: true))
                return (null, count);
            return (new PlaceMatch(commune.Department, i, count, (int)context, commune.Lat, commune.Lon, found), count);
        }
        return (null, 0);
    }

    /// <summary>
    /// A short name, or a name that is a common word, followed by another capitalised word belongs to another name:
    /// "le Mont Blanc" is not Le Mont-Dore, "au Grand Palais" is not Grand (Vosges).
    /// </summary>
    private bool IsStartOfAnotherName(PlaceText text, int i, int count, string key, Commune commune)
    {
        var next = i + count;
        if (next >= text.Tokens.Count || !text.Tokens[next].IsCapitalized || text.GapAfter(next - 1).Trim(' ', '-').Length > 0)
            return false;
        var isShortName = !TextFolding.Key(commune.Name).EndsWith(key, StringComparison.Ordinal);
        return isShortName || vocabulary.IsAmbiguous(key);
    }
}
