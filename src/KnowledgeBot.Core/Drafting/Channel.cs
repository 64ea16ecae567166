namespace KnowledgeBot.Core.Drafting;

/// <summary>Where a message came from; the draft's length and tone follow it.</summary>
public enum Channel
{
    Email,
    Facebook,
    Twitter,
    Forum,
    Widget,
}
