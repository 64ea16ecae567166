namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>One word of a message as the rules see it.</summary>
/// <param name="Surface">The word as written, for the evidence shown to the CM.</param>
/// <param name="Folded">Lower case, no accents, long letter runs squeezed, SMS spelling rewritten ("jveux" gives "je" and "veux").</param>
/// <param name="Stem">The French light stem of <see cref="Folded"/> ("cachets" → "cachet").</param>
/// <param name="Clause">Index of the clause the word is in: punctuation and « mais » end a clause (the reach of a negation).</param>
public sealed record TriageToken(string Surface, string Folded, string Stem, int Clause);
