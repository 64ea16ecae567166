using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Review;

/// <summary>Where an approved answer stands as knowledge: waiting for an expert, validated, rejected (it stays a sent reply only) or replaced by a successor.</summary>
public enum ApprovedAnswerStatus { PendingValidation, Validated, Rejected, Superseded }

public static class ApprovedAnswerStatusWire
{
    public static string Wire(this ApprovedAnswerStatus status) => status switch
    {
        ApprovedAnswerStatus.PendingValidation => "pending_validation",
        ApprovedAnswerStatus.Validated => "validated",
        ApprovedAnswerStatus.Rejected => "rejected",
        _ => "superseded",
    };

    public static ApprovedAnswerStatus ParseWire(string wire) =>
        Enum.GetValues<ApprovedAnswerStatus>().Single(s => s.Wire() == wire);

    /// <summary>Its status as a document of the index; null for a rejected answer, which is no knowledge.</summary>
    public static DocumentStatus? AsDocument(this ApprovedAnswerStatus status) => status switch
    {
        ApprovedAnswerStatus.PendingValidation => DocumentStatus.PendingValidation,
        ApprovedAnswerStatus.Validated => DocumentStatus.Current,
        ApprovedAnswerStatus.Superseded => DocumentStatus.Superseded,
        _ => null,
    };
}
