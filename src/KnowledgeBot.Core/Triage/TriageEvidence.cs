namespace KnowledgeBot.Core.Triage;

/// <summary>One concept found in a message: what it means for the CM (<see cref="Says"/>, French) and the words that matched.</summary>
/// <param name="Concept">The concept's id in its rule file, e.g. <c>moyens-reunis</c>.</param>
/// <param name="Level">For distress evidence, the level it supports (a negated danger sign supports only <see cref="DistressLevel.Concern"/>).</param>
/// <param name="Negated">The sign was denied ("je n'ai pas de plan"): it still counts, at the concern level.</param>
public sealed record TriageEvidence(string Concept, TriageLabel Label, DistressLevel? Level, string Says, IReadOnlyList<string> Words, bool Negated);
