using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Drafting;

/// <summary>Triage, search, locate, compose: the drafts the CM reviews for one message.</summary>
public sealed class DraftService(
    ITriageClassifier triage,
    IKnowledgeSearch search,
    ICommitteeLocator locator,
    DraftComposer composer,
    IOptions<DraftingOptions> options) : IDraftService
{
    public DraftSuggestion Suggest(IncomingMessage message)
    {
        var assessment = triage.Classify(message.Text);
        var label = assessment.Label;
        var hits = label == TriageLabel.OutOfScope ? [] : QuestionFocusedSearch.Search(search, message.Text, options.Value.SearchDepth);
        var material = DraftMaterial.From(hits, message.Text);
        // An out-of-scope message ("a job at a shop in Lille") is about no committee.
        var location = label == TriageLabel.OutOfScope ? null
            : locator.Locate(message.Text) ?? (message.KnownDepartment is { } known ? locator.ForDepartment(known) : null);
        var drafts = composer.Compose(message, label, material, location?.Committee);
        return new DraftSuggestion(
            drafts,
            material.All,
            assessment,
            location?.Committee,
            location?.Committee.Code,
            material.Confidence < options.Value.LowConfidenceBelow);
    }
}
