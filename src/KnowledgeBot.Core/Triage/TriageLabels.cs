namespace KnowledgeBot.Core.Triage;

/// <summary>The serialized names of <see cref="TriageLabel"/> (<c>normal</c>, <c>distress</c>, <c>medical</c>, <c>hostile</c>,
/// <c>out_of_scope</c>) and of <see cref="DistressLevel"/> (<c>danger</c>, <c>concern</c>).</summary>
public static class TriageLabels
{
    public static string Name(TriageLabel label) => label switch
    {
        TriageLabel.OutOfScope => "out_of_scope",
        _ => label.ToString().ToLowerInvariant(),
    };

    public static TriageLabel? TryParse(string name) =>
        Enum.GetValues<TriageLabel>().Cast<TriageLabel?>().FirstOrDefault(label => Name(label!.Value) == name);

    /// <summary>The label as the CM reads it.</summary>
    public static string French(TriageLabel label) => label switch
    {
        TriageLabel.Distress => "détresse",
        TriageLabel.Medical => "avis médical",
        TriageLabel.Hostile => "hostile",
        TriageLabel.OutOfScope => "hors sujet",
        _ => "normal",
    };

    public static string Name(DistressLevel level) => level.ToString().ToLowerInvariant();

    public static DistressLevel? TryParseLevel(string name) =>
        Enum.GetValues<DistressLevel>().Cast<DistressLevel?>().FirstOrDefault(level => Name(level!.Value) == name);
}
