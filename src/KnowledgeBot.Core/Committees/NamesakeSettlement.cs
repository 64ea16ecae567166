namespace KnowledgeBot.Core.Committees;

/// <summary>
/// A town name shared by several communes is settled by a department, collectivity, department number or postal
/// code written elsewhere in the message: "Vienne, en Isère", "Saint-Denis (93)", "au Lamentin, en Martinique".
/// </summary>
public static class NamesakeSettlement
{
    public static IReadOnlyList<PlaceMatch> Settle(IReadOnlyList<PlaceMatch> matches)
    {
        var areas = matches.Where(m => !m.IsCommuneName && m.Department is not null).ToList();
        if (areas.Count == 0)
            return matches;
        var settled = new List<PlaceMatch>();
        foreach (var match in matches.Where(m => m.IsCommuneName))
        {
            var area = areas.Where(a => !a.Overlaps(match) && match.Namesakes!.Any(c => c.Department == a.Department)).MaxBy(a => a.Strength);
            if (area is null)
                continue;
            var commune = match.Namesakes!.First(c => c.Department == area.Department);
            settled.Add(match with { Department = commune.Department, Lat = commune.Lat, Lon = commune.Lon, Strength = Math.Max(match.Strength, area.Strength) + 1 });
        }
        if (settled.Count == 0)
            return matches;
        // The words of a settled town are not also a department ("Vienne" in "Vienne, en Isère").
        return settled.Concat(matches.Where(m => !settled.Any(s => s.Overlaps(m)))).ToList();
    }
}
