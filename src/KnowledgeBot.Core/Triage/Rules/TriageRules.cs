using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>Everything read from the rule folder: how to tokenize, the atoms, the concepts by label, idioms, recoveries and negation words.</summary>
public sealed record TriageRules(
    TriageTokenizer Tokenizer,
    AtomTable Atoms,
    IReadOnlyList<TriageConcept> Concepts,
    IReadOnlyList<TriageIdiom> Idioms,
    IReadOnlyList<TriageRecovery> Recoveries,
    IReadOnlyList<int> NegationWords);
