using KnowledgeBot.Crawler.Extraction;

namespace KnowledgeBot.Crawler.Tests.Extraction;

public class RobotsDirectivesTests
{
    [Theory]
    [InlineData("noindex", true, false)]
    [InlineData("NOINDEX, NoFollow", true, true)]
    [InlineData("none", true, true)]
    [InlineData("index, follow", false, false)]
    [InlineData("", false, false)]
    public void Meta_robots_content_is_parsed(string content, bool noIndex, bool noFollow) =>
        Assert.Equal(new RobotsDirectives(noIndex, noFollow), RobotsDirectives.Parse(content));

    [Fact]
    public void X_robots_tag_addressed_to_another_crawler_is_ignored() =>
        Assert.False(RobotsDirectives.ParseHeaders(["otherbot: noindex"], "KnowledgeBot").NoIndex);

    [Fact]
    public void X_robots_tag_addressed_to_us_applies() =>
        Assert.True(RobotsDirectives.ParseHeaders(["knowledgebot: noindex, nofollow"], "KnowledgeBot").NoIndex);

    [Fact]
    public void X_robots_tag_without_crawler_name_applies_to_all() =>
        Assert.True(RobotsDirectives.ParseHeaders(["noarchive", "noindex"], "KnowledgeBot").NoIndex);

    [Fact]
    public void Unavailable_after_is_a_directive_not_a_crawler_name() =>
        Assert.False(RobotsDirectives.ParseHeaders(["unavailable_after: 25 Jun 2030 15:00:00 PST"], "KnowledgeBot").NoIndex);
}
