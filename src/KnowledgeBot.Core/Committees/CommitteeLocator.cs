namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Runs every recognizer, keeps the longest match where two overlap, drops towns said to be abroad
/// (<see cref="AbroadTowns"/>), settles town names shared by several communes
/// (<see cref="NamesakeSettlement"/>), and takes the strongest (then the first) place. A place without a committee
/// of its own is referred to the nearest committee by great-circle distance.
/// </summary>
public sealed class CommitteeLocator(CommitteeDirectory committees, CommuneDirectory communes, IEnumerable<IPlaceRecognizer> recognizers) : ICommitteeLocator
{
    private readonly IReadOnlyList<IPlaceRecognizer> _recognizers = recognizers.ToList();

    public Location? Locate(string message)
    {
        var text = PlaceText.Parse(message);
        var matches = _recognizers.SelectMany(r => r.Recognize(text)).ToList();
        var longest = matches.Where(m => !matches.Any(o => o != m && o.Overlaps(m) && o.Count > m.Count)).ToList();
        var kept = NamesakeSettlement.Settle(AbroadTowns.Drop(longest, text));
        var best = kept.OrderByDescending(m => m.Strength).ThenBy(m => m.First).FirstOrDefault();
        return best?.Department is null ? null : Refer(best.Department, best.Lat, best.Lon);
    }

    public Location? ForDepartment(string code)
    {
        var point = communes.LargestIn(code);
        return Refer(code, point?.Lat, point?.Lon);
    }

    private Location? Refer(string department, double? lat, double? lon)
    {
        if (committees.Find(department) is { } own)
            return new Location(own.Code, new CommitteeReferral(own.Code, own.Name, own.Url));
        if (lat is null || lon is null)
            return null;
        var nearest = committees.Nearest(lat.Value, lon.Value);
        return new Location(department, new CommitteeReferral(nearest.Code, nearest.Name, nearest.Url, IsNearestOnly: true));
    }
}
