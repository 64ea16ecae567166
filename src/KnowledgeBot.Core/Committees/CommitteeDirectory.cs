using System.Text.Json;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Committees;

/// <summary>The 103 committees, by code, and the one nearest to a point.</summary>
public sealed class CommitteeDirectory
{
    private readonly Dictionary<string, Committee> _byCode;

    public CommitteeDirectory(IEnumerable<Committee> committees)
    {
        All = committees.ToList();
        _byCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Committee> All { get; }

    public Committee? Find(string code) => _byCode.GetValueOrDefault(code);

    public Committee Nearest(double lat, double lon) =>
        All.MinBy(c => GreatCircle.DistanceKm(lat, lon, c.Lat, c.Lon))!;

    public static CommitteeDirectory Load(string path)
    {
        try
        {
            var committees = JsonSerializer.Deserialize<List<Committee>>(File.ReadAllText(path))
                ?? throw new SourceFormatException(path, 1, "expected a JSON array of committees");
            return new CommitteeDirectory(committees);
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(path, (int)(e.LineNumber ?? 0) + 1, e.Message);
        }
    }
}
