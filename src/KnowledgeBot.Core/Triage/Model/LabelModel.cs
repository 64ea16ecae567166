namespace KnowledgeBot.Core.Triage.Model;

/// <summary>Logistic regression for one label against all the others, and the probability from which it counts.</summary>
public sealed record LabelModel(TriageLabel Label, double Bias, IReadOnlyDictionary<string, double> Weights, double Threshold)
{
    public double Probability(IEnumerable<string> features) => Logistic(Bias + features.Sum(f => Weights.GetValueOrDefault(f)));

    /// <summary>The words of the features that weighed most towards the label, strongest first: the evidence shown to the CM.</summary>
    public IReadOnlyList<string> StrongestWords(IEnumerable<(string Feature, string Surface)> features, int count) =>
        [.. features.Select(f => (f.Surface, Weight: Weights.GetValueOrDefault(f.Feature)))
            .Where(f => f.Weight > 0).OrderByDescending(f => f.Weight).Select(f => f.Surface).Distinct().Take(count)];

    public static double Logistic(double score) => 1 / (1 + Math.Exp(-score));
}
