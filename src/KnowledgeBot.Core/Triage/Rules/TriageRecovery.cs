using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>
/// A statement that a crisis is over ("aujourd'hui ça va beaucoup mieux", "elle a repris goût à tout"): the
/// concern-level distress signs told before it belong to the past. Danger signs are never set aside, nor signs told after it.
/// </summary>
public sealed record TriageRecovery(string Id, IReadOnlyList<ITriagePattern> Patterns);
