namespace KnowledgeBot.Core.Committees;

/// <summary>
/// The names people use for towns with compound names: the words before the first link word ("Sarlat" for
/// Sarlat-la-Canéda, "Saint-Dié" for Saint-Dié-des-Vosges, "Le Touquet" for Le Touquet-Paris-Plage) and the first
/// word ("Charleville" for Charleville-Mézières, "Chamonix" for Chamonix-Mont-Blanc).
/// </summary>
public static class ShortTownNames
{
    /// <summary>INSEE's threshold for an urban unit: smaller places are called by their full name.</summary>
    public const int MinPopulation = 2_000;

    /// <summary>A short name stands for a town only when that town is this many times bigger than any other place it could mean.</summary>
    public const int Dominance = 3;

    private static readonly HashSet<string> Articles = ["le", "la", "les", "l"];
    private static readonly HashSet<string> LinkWords = ["l", "le", "la", "les", "d", "de", "du", "des", "en", "et", "sur", "sous", "aux", "au", "a", "lez", "pres", "y"];

    /// <summary>A first word that is a preposition is no name on its own ("Entre-Deux" is not called "entre").</summary>
    private static readonly HashSet<string> Prepositions = ["entre", "sous", "sur", "pres", "par", "pour", "vers", "chez", "sans", "avec", "dans", "outre", "en", "au", "aux"];

    /// <summary>The short names of a folded commune name ("brive la gaillarde" → "brive"); none for a one-word name.</summary>
    public static IEnumerable<string> Of(string foldedName)
    {
        var words = foldedName.Split(' ');
        var article = words.Length > 1 && Articles.Contains(words[0]) ? words[0] + " " : "";
        var name = article.Length > 0 ? words[1..] : words;
        if (name.Length < 2)
            yield break;
        var link = Array.FindIndex(name, 1, w => LinkWords.Contains(w));
        if (link > 0 && !(link == 1 && name[0] is "saint" or "sainte"))
            yield return article + string.Join(' ', name[..link]);
        if (link != 1 && name[0] is not ("saint" or "sainte") && !Prepositions.Contains(name[0]))
            yield return article + name[0];
    }

    /// <summary>
    /// Short name → the town it stands for, for towns of <see cref="MinPopulation"/>+ that dominate every other
    /// commune with that name or short name ("Évry" is Évry-Courcouronnes, not the village of Évry).
    /// </summary>
    public static Dictionary<string, Commune> Derive(IReadOnlyList<Commune> communesByPopulation, Func<string, IReadOnlyList<Commune>> named)
    {
        var candidates = new Dictionary<string, List<Commune>>();
        foreach (var commune in communesByPopulation.Where(c => !c.IsArrondissement))
            foreach (var shortName in Of(Text.TextFolding.Key(commune.Name)))
            {
                if (!candidates.TryGetValue(shortName, out var list))
                    candidates[shortName] = list = [];
                list.Add(commune);
            }
        var towns = new Dictionary<string, Commune>();
        foreach (var (shortName, list) in candidates)
        {
            var town = list[0];
            var rival = list.Skip(1).Concat(named(shortName)).Select(c => c.Population).DefaultIfEmpty(0).Max();
            if (town.Population >= MinPopulation && town.Population >= Dominance * rival)
                towns[shortName] = town;
        }
        return towns;
    }
}
