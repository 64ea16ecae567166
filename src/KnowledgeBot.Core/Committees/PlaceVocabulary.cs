using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Words the locator needs besides commune names, read from <c>corpus/locator/</c> (see
/// <c>corpus/scripts/make-locator-words.py</c>) and from the committee directory.
/// </summary>
public sealed class PlaceVocabulary
{
    public const string RegionCode = "region";

    private readonly HashSet<string> _commonWords;
    private readonly HashSet<string> _firstNames;

    public PlaceVocabulary(
        IEnumerable<string> commonWords,
        IEnumerable<string> firstNames,
        IEnumerable<string> countries,
        IEnumerable<(string Alias, string Code)> aliases,
        CommitteeDirectory committees)
    {
        _commonWords = commonWords.Select(TextFolding.Key).ToHashSet();
        _firstNames = firstNames.Select(TextFolding.Key).ToHashSet();
        Countries = countries.Select(TextFolding.Key).ToHashSet();

        var areas = new Dictionary<string, string>();
        foreach (var committee in committees.All)
        {
            areas[TextFolding.Key(committee.Department)] = committee.Code;
            foreach (var withoutArticle in WithoutArticle(committee.Department))
                areas.TryAdd(withoutArticle, committee.Code);
        }
        foreach (var region in committees.All.Select(c => c.Region).OfType<string>().Distinct())
            areas.TryAdd(TextFolding.Key(region), RegionCode);
        foreach (var (alias, code) in aliases)
            areas[TextFolding.Key(alias)] = code;
        Areas = areas;
        MaxAreaWords = Areas.Keys.Concat(Countries).Max(k => k.Count(ch => ch == ' ') + 1);
    }

    /// <summary>Folded department, collectivity and region names → department code, or <see cref="RegionCode"/>.</summary>
    public IReadOnlyDictionary<string, string> Areas { get; }

    /// <summary>Folded names of foreign countries.</summary>
    public IReadOnlySet<string> Countries { get; }

    public int MaxAreaWords { get; }

    /// <summary>True when the text names a department, collectivity or region whose name is not a common word, in any context ("la MDPH du Pas-de-Calais").</summary>
    public bool MentionsArea(string text)
    {
        var padded = " " + TextFolding.Key(text) + " ";
        return Areas.Keys.Any(key => (ContentWords(key) >= 2 || !IsAmbiguous(key)) && padded.Contains(" " + key + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A name made only of common French words ("Sens", "Vue", "Le Port") or of three letters or fewer
    /// ("Y", "Eu") is taken as a place only in a place-like context.
    /// </summary>
    public bool IsAmbiguous(string foldedKey) =>
        foldedKey.Count(char.IsLetter) <= 3
        || foldedKey.Split(' ').Where(w => !LinkWords.Contains(w)).All(_commonWords.Contains);

    /// <summary>Words of a name other than articles and prepositions: "La Chapelle-Faucher" has two, "La Montagne" one.</summary>
    public static int ContentWords(string foldedKey) => foldedKey.Split(' ').Count(w => !LinkWords.Contains(w));

    /// <summary>Articles and prepositions inside names ("L'Hôpital", "Saint-Martin-de-la-Place") say nothing either way.</summary>
    private static readonly HashSet<string> LinkWords = ["l", "le", "la", "les", "d", "de", "du", "des", "en", "et", "sur", "sous", "aux", "au", "a", "les", "lez", "y"];

    public bool IsFirstName(string foldedKey) => _firstNames.Contains(foldedKey);

    private static IEnumerable<string> WithoutArticle(string name)
    {
        var key = TextFolding.Key(name);
        foreach (var article in new[] { "la ", "le ", "les ", "l " })
            if (key.StartsWith(article, StringComparison.Ordinal))
                yield return key[article.Length..];
    }

    public static PlaceVocabulary Load(string directory, CommitteeDirectory committees) => new(
        ReadList(Path.Combine(directory, "common-words.txt")),
        ReadList(Path.Combine(directory, "first-names.txt")),
        ReadList(Path.Combine(directory, "countries.txt")),
        ReadAliases(Path.Combine(directory, "place-aliases.tsv")),
        committees);

    private static IEnumerable<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static List<(string, string)> ReadAliases(string path)
    {
        const string expected = "alias<TAB>code";
        var aliases = new List<(string, string)>();
        foreach (var (line, fields) in TabSeparatedFile.Read(path, 2, expected))
        {
            if (fields[0] == "alias")
                continue;
            if (fields[0].Length == 0 || fields[1].Length == 0)
                throw new SourceFormatException(path, line, $"expected '{expected}'");
            aliases.Add((fields[0], fields[1]));
        }
        return aliases;
    }
}
