namespace KnowledgeBot.Core.Drafting;

/// <summary>An optional step that rewords a finished draft (off by default: drafts are deterministic and local).</summary>
public interface IDraftRephraser
{
    Task<string> RephraseAsync(string draftText, CancellationToken cancellationToken = default);
}
