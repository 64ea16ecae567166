using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>
/// Finds the concepts of every label in a message read by the rules: a weak concept under an idiom does not count,
/// a sign told before a recovery statement is set aside (concern-level or denied ones only), and a denied sign is
/// kept as a concern unless its concept drops it.
/// </summary>
public sealed class ConceptFinder(TriageRules rules)
{
    /// <summary>How far before a sign a negation word still denies it ("je n'ai jamais eu l'intention de…").</summary>
    private const int NegationReach = 3;

    public IReadOnlyList<(TriageConcept Concept, TriageEvidence Evidence)> FindAll(MatchContext context)
    {
        var idioms = rules.Idioms.SelectMany(i => i.Patterns).SelectMany(p => p.Matches(context)).ToList();
        var recoveries = rules.Recoveries.SelectMany(r => r.Patterns).SelectMany(p => p.Matches(context)).ToList();
        return [.. rules.Concepts.Select(c => Find(c, context, idioms, recoveries)).OfType<(TriageConcept, TriageEvidence)>()];
    }

    private (TriageConcept, TriageEvidence)? Find(TriageConcept concept, MatchContext context, List<PatternMatch> idioms, List<PatternMatch> recoveries)
    {
        if (concept.Unless.Any(context.Contains) || (concept.Given.Count > 0 && !concept.Given.Any(context.Contains)))
            return null;
        TriageEvidence? denied = null;
        foreach (var match in concept.Patterns.SelectMany(p => p.Matches(context)))
        {
            if (concept.IsWeak && idioms.Any(match.Overlaps))
                continue;
            var negated = IsNegated(context, match);
            if (negated && concept.DroppedWhenNegated)
                continue;
            if ((negated || concept.Level == DistressLevel.Concern) && recoveries.Any(r => r.Start > match.End))
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
