namespace KnowledgeBot.Core.Triage.Model;

/// <summary>Logistic regression for one label against all the others, and the probability from which it counts.</summary>
public sealed record LabelModel(TriageLabel Label, double Bias, IReadOnlyDictionary<string, double> Weights, double Threshold)
{
    public double Probability(IEnumerable<string> features) =>
        1 / (1 + Math.Exp(-(Bias + features.Sum(f => Weights.GetValueOrDefault(f)))));
}
