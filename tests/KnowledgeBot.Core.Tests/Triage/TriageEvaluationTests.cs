using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class TriageEvaluationTests
{
    [Fact]
    public void The_confusion_matrix_and_the_metrics_count_what_was_expected_and_what_was_given()
    {
        EvalQuestion Q(string id, string text, TriageLabel label, DistressLevel? level = null) => new(id, text, new Dictionary<string, int>(), null, label, level);
        var evaluation = TriageEvaluation.Run(ShippedRules.Classifier,
        [
            Q("a", "J'ai gardé tous mes cachets au cas où, ce sera pour ce soir.", TriageLabel.Distress, DistressLevel.Danger),
            Q("b", "Je suis un fardeau pour mes enfants.", TriageLabel.Distress, DistressLevel.Danger),
            Q("c", "Comment obtenir un reçu fiscal pour mon don ?", TriageLabel.Normal),
            Q("d", "Comment obtenir un reçu fiscal pour mon don ?", TriageLabel.Distress, DistressLevel.Concern),
        ]);

        Assert.Equal(2, evaluation.Count(TriageLabel.Distress, TriageLabel.Distress));
        Assert.Equal(1, evaluation.Count(TriageLabel.Distress, TriageLabel.Normal));
        Assert.Equal(2.0 / 3, evaluation.Recall(TriageLabel.Distress)!.Value, 3);
        Assert.Equal(1.0, evaluation.Precision(TriageLabel.Distress));
        Assert.Equal(0.5, evaluation.LevelAccuracy);
        Assert.Equal(0.0, evaluation.NormalAsDistress);
        Assert.Null(evaluation.Recall(TriageLabel.Hostile));
        Assert.Contains("hostile_recall=n/a", evaluation.SummaryLine);
    }

    [Fact]
    public void Cross_validation_labels_each_message_with_a_model_that_never_saw_it()
    {
        EvalQuestion Q(int i, string text, TriageLabel label) => new($"q{i}", text, new Dictionary<string, int>(), null, label,
            label == TriageLabel.Distress ? DistressLevel.Concern : null);
        // Two messages of invented words, both in fold 0 (indexes 0 and 5 of 5 folds): only a model trained on them
        // could tell they are distress.
        var questions = Enumerable.Range(0, 40).Select(i => i is 0 or 5
                ? Q(i, "zorglub quintefeuille zorglub", TriageLabel.Distress)
                : i % 2 == 0 ? Q(i, $"zorglub quintefeuille numéro {i}", TriageLabel.Distress) : Q(i, $"perruque remboursement dossier {i}", TriageLabel.Normal))
            .ToList();
        var rules = ShippedRules.Rules;

        var crossValidated = TriageEvaluation.CrossValidate(rules, questions, 5);

        Assert.Equal(questions.Select(q => q.Id), crossValidated.Results.Select(r => r.Question.Id));
        Assert.Equal(TriageLabel.Distress, crossValidated.Results[0].Result.Label);
        Assert.Equal(TriageLabel.Normal, crossValidated.Results[1].Result.Label);
        Assert.Equal(40, Enum.GetValues<TriageLabel>().Sum(expected => Enum.GetValues<TriageLabel>().Sum(got => crossValidated.Count(expected, got))));
    }
}
