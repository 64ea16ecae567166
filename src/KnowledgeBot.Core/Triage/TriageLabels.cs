namespace KnowledgeBot.Core.Triage;

/// <param name="Wire">The label in evaluation files, JSON output and the model file.</param>
/// <param name="French">The label as the CM reads it (« détresse », « avis médical »).</param>
/// <param name="QueueRank">Where its messages come in the CM's inbox: lower first, then the oldest.</param>
public sealed record TriageLabelProfile(TriageLabel Label, string Wire, string French, int QueueRank);

/// <summary>
/// Every triage label described once (<see cref="TriageLabelProfile"/>), and the distress levels' names:
/// <c>danger</c> (« danger ») before <c>concern</c> (« préoccupante ») in the inbox.
/// </summary>
public static class TriageLabels
{
    public static IReadOnlyList<TriageLabelProfile> All { get; } =
    [
        new(TriageLabel.Distress, "distress", "détresse", QueueRank: 0),
        new(TriageLabel.Medical, "medical", "avis médical", QueueRank: 1),
        new(TriageLabel.Hostile, "hostile", "hostile", QueueRank: 1),
        new(TriageLabel.OutOfScope, "out_of_scope", "hors sujet", QueueRank: 1),
        new(TriageLabel.Normal, "normal", "normal", QueueRank: 1),
    ];

    public static TriageLabelProfile Of(TriageLabel label) => All.First(p => p.Label == label);

    public static string Name(TriageLabel label) => Of(label).Wire;

    public static TriageLabel? TryParse(string name) => All.FirstOrDefault(p => p.Wire == name)?.Label;

    public static string French(TriageLabel label) => Of(label).French;

    public static string Name(DistressLevel level) => level.ToString().ToLowerInvariant();

    public static DistressLevel? TryParseLevel(string name) =>
        Enum.GetValues<DistressLevel>().Cast<DistressLevel?>().FirstOrDefault(level => Name(level!.Value) == name);

    public static string French(DistressLevel level) => level == DistressLevel.Danger ? "danger" : "préoccupante";

    /// <summary>The inbox order: the label's rank, danger before concern within it.</summary>
    public static (int Label, int Level) QueueOrder(TriageLabel label, DistressLevel? level) =>
        (Of(label).QueueRank, level == DistressLevel.Danger ? 0 : 1);
}
