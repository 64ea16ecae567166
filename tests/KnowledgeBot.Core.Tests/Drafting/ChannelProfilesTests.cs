using KnowledgeBot.Core.Drafting;

namespace KnowledgeBot.Core.Tests.Drafting;

public sealed class ChannelProfilesTests
{
    [Theory]
    [InlineData("facebook", Channel.Facebook)]
    [InlineData("email", Channel.Email)]
    [InlineData("twitter", Channel.Twitter)]
    [InlineData("widget", Channel.Widget)]
    [InlineData("emulator", Channel.Chat)]
    [InlineData("webchat", Channel.Chat)]
    [InlineData("msteams", Channel.Chat)]
    [InlineData(null, Channel.Chat)]
    public void A_Bot_Framework_channel_is_named_for_what_it_is_never_taken_for_the_website_widget(string? channelId, Channel expected) =>
        Assert.Equal(expected, ChannelProfiles.FromBotFrameworkId(channelId));

    [Fact]
    public void Every_channel_has_one_profile_with_a_french_name()
    {
        Assert.Equal(Enum.GetValues<Channel>().Order(), ChannelProfiles.All.Select(p => p.Channel).Order());
        Assert.All(ChannelProfiles.All, p => Assert.False(string.IsNullOrWhiteSpace(p.French)));
        Assert.True(ChannelProfiles.Of(Channel.Twitter).IsShort);
        Assert.False(ChannelProfiles.Of(Channel.Email).IsShort);
    }
}
