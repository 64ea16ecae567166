using System.CommandLine;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Core.Triage.Model;
using KnowledgeBot.Core.Triage.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb triage "MESSAGE" [--json]</c>: the safety label, the distress level and the evidence;
/// <c>kb triage --questions F [--verbose]</c>: the confusion matrix of an evaluation file and its metrics line;
/// <c>kb triage --train F [--supplement G...]</c>: trains the statistical model on a labelled file.
/// </summary>
internal static class TriageCommand
{
    public static Command Create()
    {
        var message = new Argument<string?>("message") { Description = "The message, as the person wrote it", Arity = ArgumentArity.ZeroOrOne };
        var questions = new Option<string?>("--questions") { Description = "Evaluation file (JSON Lines with 'question', 'triage' and optionally 'level')" };
        var json = new Option<bool>("--json") { Description = "JSON output: {label, level, evidence, explanation}" };
        var verbose = new Option<bool>("--verbose") { Description = "With --questions: list every message labelled wrongly, with its evidence" };
        var crossValidate = new Option<int?>("--cross-validate") { Description = "With --questions: train the model on all folds but one and label that one, N times (an honest figure for the tuning file)" };
        var train = new Option<string?>("--train") { Description = "Train the statistical model on a labelled file (the tuning split) and write model.tsv beside the rules" };
        var supplement = new Option<string[]>("--supplement") { Description = "With --train or --cross-validate: more labelled files, each teaching the labels it has examples of but distress (rounds written to stress hostility and off-topic messages, formal letters)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("triage", "Safety triage of a message: label, distress level and the evidence that matched") { message, questions, json, verbose, train, supplement, crossValidate };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var supplementary = (parseResult.GetValue(supplement) ?? []).Select(f => EvalFileReader.Read(Path.GetFullPath(f))).ToList();
            if (parseResult.GetValue(train) is { } trainingFile)
            {
                var directory = KnowledgeBotHome.Resolve(services.GetRequiredService<IOptions<TriageOptions>>().Value.RulesDirectory);
                var model = TriageServiceCollectionExtensions.Train(directory, EvalFileReader.Read(Path.GetFullPath(trainingFile)).Select(q => (q.Question, q.Triage, q.Level)),
                    supplementary.Select(set => set.Select(q => (q.Question, q.Triage, q.Level))));
                foreach (var label in model.Labels)
                    Console.Out.WriteLine($"{TriageLabels.Name(label.Label),-13} threshold {label.Threshold:0.00}  {label.Weights.Count} features");
                if (model.Danger is { } danger)
                    Console.Out.WriteLine($"{"danger",-13} threshold {danger.Threshold:0.00}  {danger.Weights.Count} features");
                Console.Out.WriteLine($"written: {Path.Combine(directory, TriageModel.FileName)}");
                return Task.FromResult(0);
            }
            var classifier = services.GetRequiredService<ITriageClassifier>();
            if (parseResult.GetValue(questions) is { } foldedFile && parseResult.GetValue(crossValidate) is { } folds)
            {
                if (folds < 2)
                    throw new UserInputException("--cross-validate attend un nombre de parts d'au moins 2");
                var rules = TriageRuleReader.Read(KnowledgeBotHome.Resolve(services.GetRequiredService<IOptions<TriageOptions>>().Value.RulesDirectory));
                PrintEvaluation(TriageEvaluation.CrossValidate(rules, EvalFileReader.Read(Path.GetFullPath(foldedFile)), folds, supplementary), parseResult.GetValue(verbose));
            }
            else if (parseResult.GetValue(questions) is { } file)
                PrintEvaluation(TriageEvaluation.Run(classifier, EvalFileReader.Read(Path.GetFullPath(file))), parseResult.GetValue(verbose));
            else if (parseResult.GetValue(message) is { } text)
                PrintResult(classifier.Classify(text), parseResult.GetValue(json));
            else
                throw new UserInputException("donnez un message entre guillemets, ou --questions FICHIER (kb triage --help)");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static void PrintResult(TriageResult result, bool json)
    {
        if (json)
        {
            CliJson.Write(new
            {
                Label = TriageLabels.Name(result.Label),
                Level = result.Level is { } level ? TriageLabels.Name(level) : null,
                Evidence = result.Evidence.Select(e => new
                {
                    e.Concept,
                    Label = TriageLabels.Name(e.Label),
                    Level = e.Level is { } l ? TriageLabels.Name(l) : null,
                    e.Says,
                    e.Words,
                    e.Negated,
                }),
                result.Explanation,
            });
            return;
        }
        Console.Out.WriteLine(result.Level is { } distress ? $"{TriageLabels.Name(result.Label)} ({TriageLabels.Name(distress)})" : TriageLabels.Name(result.Label));
        Console.Out.WriteLine(result.Explanation);
        foreach (var evidence in result.Evidence)
            Console.Out.WriteLine($"  {evidence.Concept}: « {string.Join(" ", evidence.Words)} »{(evidence.Negated ? " (nié)" : "")}");
    }

    private static void PrintEvaluation(TriageEvaluation evaluation, bool verbose)
    {
        var labels = Enum.GetValues<TriageLabel>();
        if (verbose)
            foreach (var (question, result) in evaluation.Results.Where(r => r.Question.Triage != r.Result.Label
                         || (r.Question.Level is { } level && r.Result.Level is { } got && level != got)))
            {
                Console.Out.WriteLine($"{question.Id} expected {Describe(question.Triage, question.Level)}, got {Describe(result.Label, result.Level)}: {question.Question.ReplaceLineEndings(" ")}");
                foreach (var evidence in result.Evidence)
                    Console.Out.WriteLine($"    {evidence.Concept}: « {string.Join(" ", evidence.Words)} »{(evidence.Negated ? " (nié)" : "")}");
            }
        Console.Out.WriteLine($"{"expected \\ got",-16}" + string.Concat(labels.Select(l => $"{TriageLabels.Name(l),13}")) + $"{"recall",9}");
        foreach (var expected in labels)
            Console.Out.WriteLine($"{TriageLabels.Name(expected),-16}" + string.Concat(labels.Select(got => $"{evaluation.Count(expected, got),13}"))
                                  + $"{TriageEvaluation.Format(evaluation.Recall(expected)),9}");
        Console.Out.WriteLine($"{"precision",-16}" + string.Concat(labels.Select(l => $"{TriageEvaluation.Format(evaluation.Precision(l)),13}")));
        Console.Out.WriteLine(evaluation.SummaryLine);
    }

    private static string Describe(TriageLabel label, DistressLevel? level) =>
        level is { } l ? $"{TriageLabels.Name(label)}/{TriageLabels.Name(l)}" : TriageLabels.Name(label);
}
