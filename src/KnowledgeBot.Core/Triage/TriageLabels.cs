namespace KnowledgeBot.Core.Triage;

/// <summary>The serialized names of <see cref="TriageLabel"/>: <c>normal</c>, <c>distress</c>, <c>medical</c>, <c>hostile</c>, <c>out_of_scope</c>.</summary>
public static class TriageLabels
{
    public static string Name(TriageLabel label) => label switch
    {
        TriageLabel.OutOfScope => "out_of_scope",
        _ => label.ToString().ToLowerInvariant(),
    };

    public static TriageLabel? TryParse(string name) =>
        Enum.GetValues<TriageLabel>().Cast<TriageLabel?>().FirstOrDefault(label => Name(label!.Value) == name);
}
