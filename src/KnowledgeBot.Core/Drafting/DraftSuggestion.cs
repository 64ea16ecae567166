using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Drafting;

/// <summary>Everything the CM (and the widget) gets for one message.</summary>
/// <param name="Drafts">Best draft first, then up to two alternatives.</param>
/// <param name="Material">Vetted material found for the message (what the widget may show verbatim).</param>
/// <param name="Assessment">The triage label, distress level and evidence.</param>
/// <param name="Department">Committee code located in the message or the conversation, null when none.</param>
public sealed record DraftSuggestion(
    IReadOnlyList<Draft> Drafts,
    IReadOnlyList<SearchHit> Material,
    TriageResult Assessment,
    CommitteeReferral? Committee,
    string? Department,
    bool IsLowConfidence)
{
    public Draft Best => Drafts[0];

    public TriageLabel Triage => Assessment.Label;
}
