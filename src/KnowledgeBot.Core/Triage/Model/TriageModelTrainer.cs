using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Triage.Model;

/// <summary>
/// Trains the per-label logistic regressions by stochastic gradient descent with L2 regularisation, in a fixed order
/// (the same corpus always gives the same model). Each label's threshold is chosen by 5-fold cross-validation on the
/// training messages alone: the lowest probability whose held-out precision still reaches the label's target. A
/// last model tells danger from concern among the distress messages.
/// A supplement (sets written to stress some labels: hostility and off-topic messages, formal letters) teaches the
/// models of the labels it has examples of, never distress's: the distress models keep the split's mix of messages
/// (trained on a supplement too, the distress probabilities fell and distress recall on the test sets lost 1.2 to 1.4
/// points), and a set of formal letters, which has no off-topic or medical message, would only shift those models'
/// priors (out-of-scope recall on the validation split fell 0.816 → 0.776 when it taught them). Thresholds are always chosen on the split's
/// messages, whose mix of labels is the one a precision is meant for: a supplement full of hostility would make any
/// low bar look precise.
/// </summary>
public static class TriageModelTrainer
{
    private const int Epochs = 40;
    private const double LearningRate = 0.3;
    private const double L2 = 0.01;
    private const int MinimumFeatureCount = 2;
    private const int Folds = 5;

    /// <summary>
    /// How sure the model must be, label by label. Distress: 0.95, for the model alone may put helplines in front of
    /// the person. Medical: 0.85, as a caveat changes what the draft says. Out of scope only changes the queue and the
    /// draft's tone, which the CM reads anyway: 0.75 (cross-validated, recall 0.69 → 0.74 for 0.8 % more normal
    /// messages mislabelled). Hostility likewise, but the supplement makes its model bolder: at 0.75 a plain
    /// « merci pour votre réponse » became hostile, so 0.85.
    /// </summary>
    private static double PrecisionTarget(TriageLabel label) => label switch
    {
        TriageLabel.Distress => 0.95,
        TriageLabel.Hostile => 0.85,
        TriageLabel.OutOfScope => 0.75,
        _ => 0.85,
    };

    /// <summary>Raising a concern to danger only reorders the queue (both get the helplines): a moderate bar.</summary>
    private const double DangerPrecisionTarget = 0.9;

    /// <param name="examples">Features and label of each message; its distress level when it has one (for the danger model).</param>
    /// <param name="supplements">More labelled sets; each teaches the models of the labels it has examples of, but distress's and danger's.</param>
    public static TriageModel Train(
        IReadOnlyList<(IReadOnlyList<string> Features, TriageLabel Label, DistressLevel? Level)> examples,
        IReadOnlyList<IReadOnlyList<(IReadOnlyList<string> Features, TriageLabel Label, DistressLevel? Level)>>? supplements = null)
    {
        var split = examples.Select(e => (e.Features, e.Label)).ToList();
        var models = TriageRuleReader.Precedence.Select(label =>
        {
            List<(IReadOnlyList<string> Features, TriageLabel Label)> added = label == TriageLabel.Distress ? []
                : [.. (supplements ?? []).Where(set => set.Any(e => e.Label == label)).SelectMany(set => set.Select(e => (e.Features, e.Label)))];
            var (bias, weights) = Fit([.. split, .. added], label);
            return new LabelModel(label, bias, weights, Threshold(split, added, label, PrecisionTarget(label)));
        }).ToList();
        // Danger against concern, learnt on the distress messages alone: "distress" stands for danger here.
        var levels = examples.Where(e => e.Label == TriageLabel.Distress && e.Level is not null)
            .Select(e => (e.Features, e.Level == DistressLevel.Danger ? TriageLabel.Distress : TriageLabel.Normal)).ToList();
        if (levels.Count < Folds * 2)
            return new TriageModel(models);
        var (dangerBias, dangerWeights) = Fit(levels, TriageLabel.Distress);
        return new TriageModel(models, new LabelModel(TriageLabel.Distress, dangerBias, dangerWeights, Threshold(levels, [], TriageLabel.Distress, DangerPrecisionTarget)));
    }

    private static (double Bias, Dictionary<string, double> Weights) Fit(IReadOnlyList<(IReadOnlyList<string> Features, TriageLabel Label)> examples, TriageLabel label)
    {
        // Features seen fewer than twice are dropped; the others are numbered so that each step works on arrays.
        var vocabulary = examples.SelectMany(e => e.Features).GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumFeatureCount).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var targets = examples.Select(e => e.Label == label ? 1.0 : 0.0).ToArray();
        var weights = new double[vocabulary.Length];
        var bias = 0.0;
        var random = new Random(20261201);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var row in order)
            {
                var score = bias;
                foreach (var feature in rows[row])
                    score += weights[feature];
                var gradient = LabelModel.Logistic(score) - targets[row];
                bias -= LearningRate * gradient;
                foreach (var feature in rows[row])
                    weights[feature] -= LearningRate * (gradient + L2 * weights[feature]);
            }
        }
        return (bias, vocabulary.Select((f, i) => (f, w: weights[i])).Where(p => Math.Abs(p.w) >= 1e-4).ToDictionary(p => p.f, p => p.w));
    }

    /// <param name="added">Messages that join every fold's training but are never scored.</param>
    private static double Threshold(IReadOnlyList<(IReadOnlyList<string> Features, TriageLabel Label)> examples,
        IReadOnlyList<(IReadOnlyList<string> Features, TriageLabel Label)> added, TriageLabel label, double precisionTarget)
    {
        var scored = new List<(double Probability, bool Expected)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = examples.Where((_, i) => i % Folds != fold).Concat(added).ToList();
            var (bias, weights) = Fit(training, label);
            var model = new LabelModel(label, bias, weights, 0);
            scored.AddRange(examples.Where((_, i) => i % Folds == fold).Select(e => (model.Probability(e.Features), e.Label == label)));
        }
        foreach (var threshold in Enumerable.Range(1, 18).Select(i => i * 0.05))
        {
            var flagged = scored.Where(s => s.Probability >= threshold).ToList();
            if (flagged.Count > 0 && flagged.Count(s => s.Expected) / (double)flagged.Count >= precisionTarget)
                return threshold;
        }
        return 0.95;
    }
}
