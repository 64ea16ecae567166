using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>What the message page shows under one draft: its flags and the form to add one.</summary>
public sealed record DraftFlagsView(long MessageId, int DraftRank, IReadOnlyList<DraftFlag> Flags)
{
    /// <summary>The draft's number as the CM reads it (« Brouillon 1 »), which names the form's fields.</summary>
    public int Number => DraftRank + 1;
}
