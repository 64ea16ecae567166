using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Evaluation;

/// <summary>One line of an evaluation file (see docs/architecture.md, "Evaluation files").</summary>
/// <param name="Relevant">Document id → graded relevance (2 answers the question, 1 helps); empty for referral/triage-only lines.</param>
/// <param name="Department">The committee code a correct referral names; null when the message gives no location.</param>
/// <param name="Level">For a distress line, the expected level (<c>danger</c> or <c>concern</c>) when the file gives one.</param>
/// <param name="Exclude">Document ids left out of the ranking before it is scored (a past answer asked its own question).</param>
public sealed record EvalQuestion(string Id, string Question, IReadOnlyDictionary<string, int> Relevant, string? Department, TriageLabel Triage,
    DistressLevel? Level = null, IReadOnlySet<string>? Exclude = null);
