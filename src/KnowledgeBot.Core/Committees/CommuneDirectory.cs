using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Committees;

/// <summary>Communes by folded name (their own or the short name of a bigger town: "Brive", <see cref="ShortTownNames"/>) and by postal code; most populous first.</summary>
public sealed class CommuneDirectory
{
    private readonly Dictionary<string, List<Commune>> _byName = [];
    private readonly Dictionary<string, List<Commune>> _byPostalCode = [];
    private readonly Dictionary<string, Commune> _largestByDepartment = [];

    public CommuneDirectory(IEnumerable<Commune> communes)
    {
        All = communes.OrderByDescending(c => c.Population).ToList();
        foreach (var commune in All)
        {
            var key = TextFolding.Key(commune.Name);
            Add(_byName, key, commune);
            MaxNameWords = Math.Max(MaxNameWords, key.Count(ch => ch == ' ') + 1);
            foreach (var code in commune.PostalCodes)
                Add(_byPostalCode, code, commune);
            if (!commune.IsArrondissement)
                _largestByDepartment.TryAdd(commune.Department, commune);
        }
        // The town a short name stands for is bigger than any commune of that name: it comes first.
        ShortNames = ShortTownNames.Derive(All, Named);
        foreach (var (shortName, town) in ShortNames)
        {
            if (!_byName.TryGetValue(shortName, out var list))
                _byName[shortName] = list = [];
            list.Insert(0, town);
        }
    }

    public int MaxNameWords { get; }

    /// <summary>Folded short name → the town it stands for ("brive" → Brive-la-Gaillarde).</summary>
    public IReadOnlyDictionary<string, Commune> ShortNames { get; }

    /// <summary>Every commune, most populous first.</summary>
    public IReadOnlyList<Commune> All { get; }

    public IReadOnlyList<Commune> Named(string foldedKey) => _byName.GetValueOrDefault(foldedKey) ?? [];

    public IReadOnlyList<Commune> WithPostalCode(string code) => _byPostalCode.GetValueOrDefault(code) ?? [];

    public Commune? LargestIn(string department) => _largestByDepartment.GetValueOrDefault(department);

    public bool IsPostalCode(string code) => _byPostalCode.ContainsKey(code);

    private static void Add(Dictionary<string, List<Commune>> index, string key, Commune commune)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(commune);
    }

    /// <summary>Reads the TSV (header: insee, name, department, postal_codes, population, lat, lon, arrondissement_of).</summary>
    public static CommuneDirectory Load(string path)
    {
        var communes = new List<Commune>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
                continue;
            var f = line.Split('\t');
            if (f.Length < 8)
                throw new SourceFormatException(path, lineNumber, $"expected 8 tab-separated columns, found {f.Length}");
            if (!int.TryParse(f[4].Length == 0 ? "0" : f[4], out var population))
                throw new SourceFormatException(path, lineNumber, $"population '{f[4]}' is not a number");
            communes.Add(new Commune(
                f[0], f[1], f[2],
                f[3].Split(',', StringSplitOptions.RemoveEmptyEntries),
                population,
                ParseCoordinate(f[5], path, lineNumber),
                ParseCoordinate(f[6], path, lineNumber),
                f[7].Length > 0));
        }
        return new CommuneDirectory(communes);
    }

    private static double? ParseCoordinate(string text, string path, int line) =>
        text.Length == 0 ? null
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new SourceFormatException(path, line, $"coordinate '{text}' is not a number");
}
