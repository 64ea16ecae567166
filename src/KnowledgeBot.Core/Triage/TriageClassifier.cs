using KnowledgeBot.Core.Triage.Matching;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Triage;

/// <summary>
/// Finds the concepts of every label in a message and keeps the first label, in order of precedence (distress,
/// medical, hostile, out of scope), that they establish; else normal. Distress is <c>danger</c> when a danger sign
/// stands undenied, else <c>concern</c>; a denied sign or two different signals are enough for <c>concern</c>.
/// </summary>
public sealed class TriageClassifier(TriageRules rules) : ITriageClassifier
{
    /// <summary>How far before a sign a negation word still denies it ("je n'ai jamais eu l'intention de…").</summary>
    private const int NegationReach = 3;

    public TriageResult Classify(string message)
    {
        var tokens = rules.Tokenizer.Tokenize(message);
        var context = new MatchContext(tokens, rules.Atoms.Match(tokens));
        var idioms = rules.Idioms.SelectMany(i => i.Patterns).SelectMany(p => p.Matches(context)).ToList();
        foreach (var label in TriageRuleReader.Precedence)
        {
            var evidence = rules.Concepts.Where(c => c.Label == label)
                .Select(c => Find(c, context, idioms))
                .OfType<(TriageConcept Concept, TriageEvidence Evidence)>()
                .ToList();
            if (Decide(label, evidence) is { } result)
                return result;
        }
        return TriageResult.Normal;
    }

    private static TriageResult? Decide(TriageLabel label, List<(TriageConcept Concept, TriageEvidence Evidence)> found)
    {
        var decisive = found.Where(f => !f.Concept.IsSignal).ToList();
        var signals = found.Where(f => f.Concept.IsSignal).ToList();
        if (decisive.Count == 0 && signals.Count < 2)
            return null;
        var evidence = found.Select(f => f.Evidence).OrderByDescending(e => e.Level).ThenBy(e => e.Negated).ToList();
        if (label != TriageLabel.Distress)
            return new TriageResult(label, null, evidence);
        var level = decisive.Any(f => f.Evidence.Level == DistressLevel.Danger) ? DistressLevel.Danger : DistressLevel.Concern;
        return new TriageResult(label, level, evidence);
    }

    private (TriageConcept, TriageEvidence)? Find(TriageConcept concept, MatchContext context, List<PatternMatch> idioms)
    {
        if (concept.Unless.Any(context.Contains))
            return null;
        TriageEvidence? denied = null;
        foreach (var match in concept.Patterns.SelectMany(p => p.Matches(context)))
        {
            if (concept.IsWeak && idioms.Any(match.Overlaps))
                continue;
            var negated = IsNegated(context, match);
            if (negated && concept.DroppedWhenNegated)
                continue;
            var evidence = new TriageEvidence(concept.Id, concept.Label, negated ? DistressLevel.Concern : concept.Level, concept.Says,
                [.. match.Tokens.Select(t => context.Tokens[t].Surface).Distinct()], negated && concept.Label == TriageLabel.Distress);
            if (!negated)
                return (concept, evidence);
            denied ??= evidence;
        }
        return denied is null ? null : (concept, denied);
    }

    /// <summary>A negation word of the same clause, within reach before the match or between its words, and not one of them.</summary>
    private bool IsNegated(MatchContext context, PatternMatch match)
    {
        var clause = context.Tokens[match.Start].Clause;
        for (var t = Math.Max(0, match.Start - NegationReach); t <= match.End; t++)
        {
            if (context.Tokens[t].Clause != clause && t < match.Start)
                continue;
            if (!match.Tokens.Contains(t) && rules.NegationWords.Any(n => context.Has(t, n)))
                return true;
        }
        return false;
    }
}
