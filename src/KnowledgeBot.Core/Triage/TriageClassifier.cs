using KnowledgeBot.Core.Triage.Matching;
using KnowledgeBot.Core.Triage.Model;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Triage;

/// <summary>
/// Finds the concepts of every label in a message and keeps the first label, in order of precedence (distress,
/// medical, hostile, out of scope), that they establish; else normal. Distress is <c>danger</c> when a danger sign
/// stands undenied, else <c>concern</c>; a denied sign or two different signals are enough for <c>concern</c>.
/// The statistical model, when there is one, adds a label whose concepts fell short (distress at the concern level):
/// beside a signal of distress from a low probability, beside a hint above its threshold, alone only when it is sure.
/// </summary>
public sealed class TriageClassifier(TriageRules rules, TriageModel? model = null) : ITriageClassifier
{
    private const int ModelWordsShown = 4;

    /// <summary>
    /// Without any sign or hint of the label among the concepts, how sure the model alone must be (its own threshold
    /// still applies when higher). Distress 0.4: a gentle mention of the listening line costs far less than a missed
    /// person at risk. Hostility 0.25: it is told by its target and tone more than by words a concept can list (at 0.6,
    /// cross-validation kept 31 % of hostile messages in the normal queue; at 0.1 a plain question on volunteering was
    /// taken for hostile; at 0.2, once formal letters taught the model, a donor's short, doubtful question on how much of
    /// the donations reaches research). Medical and out of scope 0.6: a caveat on a practical question, or a draft saying
    /// "not our field" to a message that speaks of the domain, changes what the person reads.
    /// </summary>
    private static double AloneProbability(TriageLabel label) => label switch
    {
        TriageLabel.Distress => 0.4,
        TriageLabel.Hostile => 0.25,
        _ => 0.6,
    };

    /// <summary>
    /// Beside one signal of distress (a weak sign that needs a second one), the model may complete the picture from
    /// this probability, below its threshold: when in doubt between normal and concern, concern.
    /// </summary>
    private const double ModelBesideSignalProbability = 0.25;

    /// <summary>
    /// Below this the danger model's word is no evidence, whatever threshold cross-validation allowed (it allowed 0.15
    /// once the corpus had many dangers hidden in practical questions, and a burden beside a wig question became danger).
    /// </summary>
    private const double DangerModelFloor = 0.3;

    private readonly ConceptFinder _concepts = new(rules);

    public TriageResult Classify(string message)
    {
        var context = rules.Read(message);
        var found = _concepts.FindAll(context);
        var features = model is null ? [] : TriageFeatures.Of(rules, context);
        foreach (var label in TriageRuleReader.Precedence)
        {
            var evidence = found.Where(f => f.Concept.Label == label).ToList();
            if ((Decide(label, evidence) ?? FromModel(label, features, evidence)) is { } result)
                return WithModelLevel(result, features);
        }
        return TriageResult.Normal;
    }

    /// <summary>
    /// A concern the danger model finds likely to be danger is raised (the queue puts it first), never the reverse;
    /// a sign the person denied stays at the concern level the rules gave it.
    /// </summary>
    private TriageResult WithModelLevel(TriageResult result, IReadOnlyList<(string Feature, string Surface)> features)
    {
        if (result.Level != DistressLevel.Concern || model?.Danger is not { } danger || result.Evidence.Any(e => e.Negated))
            return result;
        var probability = danger.Probability(features.Select(f => f.Feature));
        if (probability < Math.Max(danger.Threshold, DangerModelFloor))
            return result;
        return result with
        {
            Level = DistressLevel.Danger,
            Evidence = [.. result.Evidence, new TriageEvidence("modele-danger", TriageLabel.Distress, DistressLevel.Danger,
                $"proche des messages de danger du corpus d'apprentissage (probabilité {probability:0.00})", danger.StrongestWords(features, ModelWordsShown), false)],
        };
    }

    /// <summary>The label when the model finds it likely enough; the evidence names the words that weighed most.</summary>
    private TriageResult? FromModel(TriageLabel label, IReadOnlyList<(string Feature, string Surface)> features,
        List<(TriageConcept Concept, TriageEvidence Evidence)> conceptEvidence)
    {
        if (model?.For(label) is not { } labelModel)
            return null;
        var probability = labelModel.Probability(features.Select(f => f.Feature));
        // Saying no word of the association's domain hints at out of scope as a hint concept would.
        var hinted = conceptEvidence.Count > 0 || (label == TriageLabel.OutOfScope && features.Any(f => f.Feature == TriageFeatures.OutsideTheDomain));
        var needed = !hinted ? Math.Max(labelModel.Threshold, AloneProbability(label))
            : label == TriageLabel.Distress && conceptEvidence.Any(e => e.Concept.IsSignal) ? Math.Min(labelModel.Threshold, ModelBesideSignalProbability)
            : labelModel.Threshold;
        if (probability < needed)
            return null;
        var level = label == TriageLabel.Distress ? DistressLevel.Concern : (DistressLevel?)null;
        var evidence = new TriageEvidence("modele", label, level,
            $"proche des messages « {TriageLabels.French(label)} » du corpus d'apprentissage (probabilité {probability:0.00})", labelModel.StrongestWords(features, ModelWordsShown), false);
        return new TriageResult(label, level, [.. conceptEvidence.Select(e => e.Evidence), evidence]);
    }

    private static TriageResult? Decide(TriageLabel label, List<(TriageConcept Concept, TriageEvidence Evidence)> found)
    {
        var decisive = found.Where(f => f.Concept is { IsSignal: false, IsHint: false }).ToList();
        var signals = found.Where(f => f.Concept.IsSignal).ToList();
        if (decisive.Count == 0 && signals.Count < 2)
            return null;
        var evidence = found.Where(f => !f.Concept.IsHint).Select(f => f.Evidence).OrderByDescending(e => e.Level).ThenBy(e => e.Negated).ToList();
        if (label != TriageLabel.Distress)
            return new TriageResult(label, null, evidence);
        // Signals alone reach danger when one of them is a danger signal ("plus besoin de rien" beside affairs put in order).
        var level = (decisive.Count > 0 ? decisive : signals).Any(f => f.Evidence.Level == DistressLevel.Danger) ? DistressLevel.Danger : DistressLevel.Concern;
        return new TriageResult(label, level, evidence);
    }
}
