namespace KnowledgeBot.Core.Triage;

/// <summary>Safety triage of a message; serialized as <c>normal</c>, <c>distress</c>, <c>medical</c>, <c>hostile</c>, <c>out_of_scope</c>.</summary>
public enum TriageLabel
{
    Normal,
    /// <summary>Despair, suicidal ideas, risk to life: helplines at once, first in the CM queue.</summary>
    Distress,
    /// <summary>Asks for diagnosis or treatment advice: referred to the care team.</summary>
    Medical,
    Hostile,
    OutOfScope,
}
