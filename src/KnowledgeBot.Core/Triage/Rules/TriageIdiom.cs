using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>A figure of speech ("mort de rire", "ce traitement me tue") that cancels the weak concepts its words meet.</summary>
public sealed record TriageIdiom(string Id, IReadOnlyList<ITriagePattern> Patterns);
