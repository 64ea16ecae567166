namespace KnowledgeBot.Web.Bot;

/// <summary>What the bot remembers of a conversation between turns (kept in the Bot Builder conversation state).</summary>
public sealed class ConversationMemory
{
    /// <summary>Committee code of the place the person gave earlier.</summary>
    public string? KnownDepartment { get; set; }
}
