using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Drafting;

/// <summary>A reply for the CM to review. <see cref="Sources"/> lists every document the text uses, and only those.</summary>
public sealed record Draft(
    string Text,
    IReadOnlyList<DraftSource> Sources,
    CommitteeReferral? Committee,
    TriageLabel Triage,
    double Confidence);
