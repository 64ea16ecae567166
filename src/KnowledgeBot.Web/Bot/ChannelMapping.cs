using KnowledgeBot.Core.Drafting;
using Microsoft.Bot.Connector;

namespace KnowledgeBot.Web.Bot;

/// <summary>Bot Framework channel ids to the channels drafting knows (tone and length follow the channel).</summary>
public static class ChannelMapping
{
    public static Channel ToChannel(string? channelId) => channelId switch
    {
        Channels.Facebook => Channel.Facebook,
        Channels.Email => Channel.Email,
        "twitter" => Channel.Twitter,
        _ => Channel.Widget,
    };
}
