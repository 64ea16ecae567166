namespace KnowledgeBot.Core.Triage;

/// <summary>The first label, in order of precedence (distress, medical, hostile, out of scope), whose rules match; else normal.</summary>
public sealed class TriageClassifier(TriageText text, IReadOnlyList<TriageRuleSet> ruleSets) : ITriageClassifier
{
    public TriageLabel Classify(string message)
    {
        var normalized = text.Normalize(message);
        return ruleSets.FirstOrDefault(rules => rules.Matches(normalized))?.Label ?? TriageLabel.Normal;
    }
}
