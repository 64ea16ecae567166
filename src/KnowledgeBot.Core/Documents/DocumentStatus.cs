namespace KnowledgeBot.Core.Documents;

public enum DocumentStatus
{
    Current,
    /// <summary>Replaced by a newer document (<see cref="Document.SupersededBy"/>); never suggested.</summary>
    Superseded,
    /// <summary>A reply approved by the CM that an expert has not validated yet.</summary>
    PendingValidation,
}
