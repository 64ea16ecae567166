using KnowledgeBot.Core.Triage;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Evaluation;

/// <summary>
/// How the triage labels of an evaluation file compare with the classifier's: the confusion matrix, recall and
/// precision per label, the share of normal messages taken for distress, and how often the distress level is right.
/// </summary>
public sealed class TriageEvaluation
{
    private TriageEvaluation(IReadOnlyList<(EvalQuestion Question, TriageResult Result)> results) => Results = results;

    public IReadOnlyList<(EvalQuestion Question, TriageResult Result)> Results { get; }

    public static TriageEvaluation Run(ITriageClassifier classifier, IEnumerable<EvalQuestion> questions) =>
        new([.. questions.Select(q => (q, classifier.Classify(q.Question)))]);

    /// <summary>
    /// An honest figure for the file the model learns from: each message is labelled by the rules with a model trained
    /// on the other folds only (message <c>i</c> is in fold <c>i mod folds</c>), and the supplements when some are given.
    /// </summary>
    public static TriageEvaluation CrossValidate(TriageRules rules, IReadOnlyList<EvalQuestion> questions, int folds, IReadOnlyList<IReadOnlyList<EvalQuestion>>? supplements = null)
    {
        var supplementary = (supplements ?? []).Select(set => set.Select(q => (q.Question, q.Triage, q.Level)).ToList()).ToList();
        var labelled = new (EvalQuestion Question, TriageResult Result)[questions.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = TriageServiceCollectionExtensions.Train(rules, questions.Where((_, i) => i % folds != fold).Select(q => (q.Question, q.Triage, q.Level)), supplementary);
            var classifier = new TriageClassifier(rules, model);
            for (var i = fold; i < questions.Count; i += folds)
                labelled[i] = (questions[i], classifier.Classify(questions[i].Question));
        }
        return new(labelled);
    }

    /// <summary>Messages expected with <paramref name="expected"/> and labelled <paramref name="actual"/>.</summary>
    public int Count(TriageLabel expected, TriageLabel actual) => Results.Count(r => r.Question.Triage == expected && r.Result.Label == actual);

    public double? Recall(TriageLabel label) => Share(Results.Where(r => r.Question.Triage == label), r => r.Result.Label == label);

    public double? Precision(TriageLabel label) => Share(Results.Where(r => r.Result.Label == label), r => r.Question.Triage == label);

    /// <summary>Share of the messages expected normal that were labelled distress.</summary>
    public double? NormalAsDistress => Share(Results.Where(r => r.Question.Triage == TriageLabel.Normal), r => r.Result.Label == TriageLabel.Distress);

    /// <summary>Among distress messages with an expected level that were caught, the share given that level.</summary>
    public double? LevelAccuracy => Share(
        Results.Where(r => r.Question is { Triage: TriageLabel.Distress, Level: not null } && r.Result.Label == TriageLabel.Distress),
        r => r.Result.Level == r.Question.Level);

    /// <summary>Expected danger messages that were caught at the concern level only, or missed.</summary>
    public double? DangerRecall => Share(Results.Where(r => r.Question.Level == DistressLevel.Danger), r => r.Result.Level == DistressLevel.Danger);

    public string SummaryLine =>
        $"triage_recall={Format(Recall(TriageLabel.Distress))} triage_precision={Format(Precision(TriageLabel.Distress))} " +
        $"danger_recall={Format(DangerRecall)} level_accuracy={Format(LevelAccuracy)} " +
        $"medical_recall={Format(Recall(TriageLabel.Medical))} hostile_recall={Format(Recall(TriageLabel.Hostile))} " +
        $"out_of_scope_recall={Format(Recall(TriageLabel.OutOfScope))} normal_as_distress={Format(NormalAsDistress)}";

    public static string Format(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private static double? Share<T>(IEnumerable<T> items, Func<T, bool> counts)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : (double)list.Count(counts) / list.Count;
    }
}
