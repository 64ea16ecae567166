using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>
/// Everything read from the rule folder: how to tokenize, the atoms, the concepts by label, idioms, recoveries,
/// negation words and the words of the association's domain (illness, care, the association and its help).
/// </summary>
public sealed record TriageRules(
    TriageTokenizer Tokenizer,
    AtomTable Atoms,
    IReadOnlyList<TriageConcept> Concepts,
    IReadOnlyList<TriageIdiom> Idioms,
    IReadOnlyList<TriageRecovery> Recoveries,
    IReadOnlyList<int> NegationWords,
    IReadOnlyList<int> DomainWords)
{
    /// <summary>A message as the rules read it: its tokens and the atoms each one matches.</summary>
    public MatchContext Read(string message)
    {
        var tokens = Tokenizer.Tokenize(message);
        return new MatchContext(tokens, Atoms.Match(tokens), Atoms.Count);
    }

    public bool SpeaksOfTheDomain(MatchContext context) => DomainWords.Any(context.Contains);
}
