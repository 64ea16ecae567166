namespace KnowledgeBot.Core.Triage;

/// <summary>The safety label of a message, its distress level, and the evidence behind both.</summary>
/// <param name="Level">Set only when <see cref="Label"/> is <see cref="TriageLabel.Distress"/>.</param>
/// <param name="Evidence">The concepts of the chosen label that matched, strongest first.</param>
public sealed record TriageResult(TriageLabel Label, DistressLevel? Level, IReadOnlyList<TriageEvidence> Evidence)
{
    public static readonly TriageResult Normal = new(TriageLabel.Normal, null, []);

    /// <summary>The evidence in French for the CM: « signes relevés : se dit un poids pour ses proches ; lettres d'adieu ».</summary>
    public string Explanation => Evidence.Count == 0
        ? "aucun signe relevé"
        : "signes relevés : " + string.Join(" ; ", Evidence.Select(e => e.Negated ? $"{e.Says} (nié, compte quand même)" : e.Says).Distinct());
}
