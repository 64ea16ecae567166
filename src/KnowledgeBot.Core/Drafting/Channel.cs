namespace KnowledgeBot.Core.Drafting;

/// <summary>Where a message came from; the draft's length and tone follow it (<see cref="ChannelProfiles"/>).</summary>
public enum Channel
{
    Email,
    Facebook,
    Twitter,
    Forum,
    /// <summary>The association's website chat widget, served by this host.</summary>
    Widget,
    /// <summary>Any other Bot Framework channel: Web Chat, Direct Line, Teams, the emulator.</summary>
    Chat,
}
