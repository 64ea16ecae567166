namespace KnowledgeBot.Core.Committees;

/// <summary>
/// A town name followed by a foreign country is the foreign town: "Bruges, en Belgique", "Fribourg en Suisse",
/// "Tournai (Belgique)" name no French commune.
/// </summary>
public static class AbroadTowns
{
    private static readonly HashSet<string> Links = ["en", "au", "aux", "a", "dans"];

    public static IReadOnlyList<PlaceMatch> Drop(IReadOnlyList<PlaceMatch> matches, PlaceText text)
    {
        var countries = matches.Where(m => m.IsAbroad).ToList();
        if (countries.Count == 0)
            return matches;
        return matches.Where(m => !(m.IsCommuneName && countries.Any(c => IsRightAfter(text, m, c)))).ToList();
    }

    /// <summary>The country follows the town, with at most a preposition (and an article) between them.</summary>
    private static bool IsRightAfter(PlaceText text, PlaceMatch town, PlaceMatch country)
    {
        var i = town.End;
        if (i < country.First && Links.Contains(text.Word(i) ?? ""))
            i++;
        if (i < country.First && text.Word(i) is "la" or "le" or "les" or "l")
            i++;
        return i == country.First;
    }
}
