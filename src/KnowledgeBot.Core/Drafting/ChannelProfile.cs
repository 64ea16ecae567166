namespace KnowledgeBot.Core.Drafting;

public enum SignOffStyle
{
    /// <summary>No sign-off (a tweet has no room for it).</summary>
    None,
    /// <summary>The association's signature alone (a chat).</summary>
    Signature,
    /// <summary>"Bien cordialement," and the signature (an e-mail, a post).</summary>
    Formal,
}

/// <param name="French">The channel's name as the CM reads it.</param>
/// <param name="BotFrameworkIds">The Bot Framework channel ids that are this channel.</param>
/// <param name="MaxLength">The longest reply the channel takes, in characters; null when it has no limit worth drafting for.</param>
public sealed record ChannelProfile(Channel Channel, string French, IReadOnlyList<string> BotFrameworkIds, int? MaxLength, SignOffStyle SignOff)
{
    /// <summary>A short channel gets a one-sentence draft with one link.</summary>
    public bool IsShort => MaxLength is not null;
}

/// <summary>Every channel, described once: its French name, its Bot Framework ids, its length limit and its sign-off.</summary>
public static class ChannelProfiles
{
    public static IReadOnlyList<ChannelProfile> All { get; } =
    [
        new(Channel.Email, "E-mail", ["email"], null, SignOffStyle.Formal),
        new(Channel.Facebook, "Facebook", ["facebook"], null, SignOffStyle.Formal),
        new(Channel.Twitter, "X (Twitter)", ["twitter"], 280, SignOffStyle.None),
        new(Channel.Forum, "Forum", [], null, SignOffStyle.Formal),
        new(Channel.Widget, "Site (widget)", ["widget"], null, SignOffStyle.Signature),
        new(Channel.Chat, "Chat (Bot Framework)", [], null, SignOffStyle.Signature),
    ];

    public static ChannelProfile Of(Channel channel) => All.First(p => p.Channel == channel);

    /// <summary>The channel of a Bot Framework activity; one not named here is a <see cref="Channel.Chat"/>.</summary>
    public static Channel FromBotFrameworkId(string? channelId) =>
        All.FirstOrDefault(p => p.BotFrameworkIds.Contains(channelId, StringComparer.OrdinalIgnoreCase))?.Channel ?? Channel.Chat;
}
