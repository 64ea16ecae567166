namespace KnowledgeBot.Core.Drafting;

/// <summary>Triages, searches, locates and composes drafts for one incoming message. Deterministic and local.</summary>
public interface IDraftService
{
    DraftSuggestion Suggest(IncomingMessage message);
}
