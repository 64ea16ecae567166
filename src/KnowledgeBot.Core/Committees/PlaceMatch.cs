namespace KnowledgeBot.Core.Committees;

/// <summary>A place found in a message.</summary>
/// <param name="Department">Department or collectivity code; null for a region or a foreign country (no committee).</param>
/// <param name="First">Index of the first word of the place.</param>
/// <param name="Count">Number of words.</param>
/// <param name="Strength">How surely it is where the person lives (<see cref="PlaceContext"/>): the strongest wins, then the first.</param>
/// <param name="Lat">A point of the place when known (used for collectivities without a committee).</param>
/// <param name="Namesakes">For a commune name, every commune it may mean, most populous first (empty for codes and areas).</param>
/// <param name="IsAbroad">A foreign country.</param>
public sealed record PlaceMatch(string? Department, int First, int Count, int Strength, double? Lat = null, double? Lon = null, IReadOnlyList<Commune>? Namesakes = null, bool IsAbroad = false)
{
    public bool IsCommuneName => Namesakes is { Count: > 0 };

    public int End => First + Count;

    public bool Overlaps(PlaceMatch other) => First < other.End && other.First < End;
}
