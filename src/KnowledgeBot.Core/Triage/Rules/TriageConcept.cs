using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>
/// A warning sign or a kind of request (one <c>concept</c> block of a rule file), with the many ways it is written.
/// </summary>
/// <param name="Level">The distress level the concept supports; null for the other labels.</param>
/// <param name="IsSignal">A weak sign: two different signals of the same label are needed ("épuisée" and "seule au monde");
/// they reach danger when one of them is a danger signal.</param>
/// <param name="IsHint">Vocabulary of the label that proves nothing alone: it only lets the statistical model decide.</param>
/// <param name="IsWeak">An idiom over its words cancels it ("ce traitement me tue"); never set on means, plans or farewells.</param>
/// <param name="DroppedWhenNegated">"je ne veux pas mourir" is no wish to die; without it, a denied distress sign still counts as concern.</param>
/// <param name="Unless">The concept does not apply to a message containing one of these words (out of scope unless it speaks of illness).</param>
/// <param name="Given">When not empty, the concept applies only to a message containing one of these words ("rejoindre mon fils"
/// is a wish to die only where someone died).</param>
public sealed record TriageConcept(
    string Id,
    TriageLabel Label,
    DistressLevel? Level,
    bool IsSignal,
    bool IsHint,
    bool IsWeak,
    bool DroppedWhenNegated,
    string Says,
    string? Source,
    IReadOnlyList<int> Unless,
    IReadOnlyList<int> Given,
    IReadOnlyList<ITriagePattern> Patterns);
