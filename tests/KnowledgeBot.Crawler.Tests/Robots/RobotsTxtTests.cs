using KnowledgeBot.Crawler.Robots;
using KnowledgeBot.Crawler.Tests.Support;

namespace KnowledgeBot.Crawler.Tests.Robots;

/// <summary>RFC 9309 rules, its section 5 examples, and conformance cases of google/robotstxt (robots_test.cc) that the RFC shares.</summary>
public class RobotsTxtTests
{
    private static bool Allowed(string robotsTxt, string agent, string url) =>
        RobotsTxt.Parse(robotsTxt).Check(agent, new Uri(url).PathAndQuery).Allowed;

    [Theory]
    [InlineData("foobot", "/example/page.html", true)]
    [InlineData("foobot", "/example/allowed.gif", true)]
    [InlineData("foobot", "/example/other.html", false)]
    [InlineData("foobot", "/", false)]
    [InlineData("barbot", "/example/page.html", false)]
    [InlineData("bazbot", "/example/page.html", false)]
    [InlineData("barbot", "/picture.gif", true)]
    [InlineData("quxbot", "/example/page.html", true)]
    [InlineData("otherbot", "/picture.gif", false)]
    [InlineData("otherbot", "/example/index.html", false)]
    [InlineData("otherbot", "/publications/2024.html", true)]
    [InlineData("otherbot", "/contact", true)]
    public void Rfc_simple_example(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, Allowed(Rfc9309Examples.Simple, agent, "https://www.example.com" + path));

    [Theory]
    [InlineData("/example/page/", true)]
    [InlineData("/example/page/disallowed.gif", false)]
    public void Rfc_longest_match_example(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n", "foobot", "https://www.example.com" + path));

    [Theory]
    [InlineData("FooBot/2.1 (+https://foo.example)")]
    [InlineData("foobot")]
    [InlineData("FOOBOT")]
    public void Product_token_of_the_user_agent_selects_its_group_case_insensitively(string agent) =>
        Assert.False(Allowed("User-agent: *\nAllow: /\n\nUser-agent: FooBot\nDisallow: /\n", agent, "http://foo.bar/x/y"));

    [Fact]
    public void Groups_naming_the_same_agent_are_merged_and_rules_outside_groups_ignored()
    {
        const string robots = "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\nallow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n";

        Assert.True(Allowed(robots, "FooBot", "http://foo.bar/x/b"));
        Assert.True(Allowed(robots, "FooBot", "http://foo.bar/z/d"));
        Assert.False(Allowed(robots, "FooBot", "http://foo.bar/y/c"));
        Assert.True(Allowed(robots, "BarBot", "http://foo.bar/y/c"));
        Assert.True(Allowed(robots, "BarBot", "http://foo.bar/w/a"));
        Assert.False(Allowed(robots, "BarBot", "http://foo.bar/z/d"));
        Assert.True(Allowed(robots, "BazBot", "http://foo.bar/z/d"));
        Assert.False(Allowed(robots, "FooBot", "http://foo.bar/foo/bar/"));
    }

    [Fact]
    public void Specific_group_replaces_the_star_group()
    {
        const string robots = "User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n";

        Assert.True(Allowed(robots, "FooBot", "http://foo.bar/x/page"));
        Assert.False(Allowed(robots, "FooBot", "http://foo.bar/y/page"));
        Assert.False(Allowed(robots, "OtherBot", "http://foo.bar/x/page"));
    }

    [Fact]
    public void No_matching_group_and_no_star_group_allows_everything() =>
        Assert.True(Allowed("user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\n", "QuxBot", "http://foo.bar/x/y"));

    [Fact]
    public void Record_names_are_case_insensitive_but_paths_are_not()
    {
        Assert.False(Allowed("uSeR-aGeNt: FooBot\ndIsAlLoW: /x/\n", "FooBot", "http://foo.bar/x/y"));
        Assert.True(Allowed("user-agent: FooBot\ndisallow: /X/\n", "FooBot", "http://foo.bar/x/y"));
    }

    [Theory]
    [InlineData("disallow: /x/page.html\nallow: /x/\n", "/x/page.html", false)]
    [InlineData("allow: /x/page.html\ndisallow: /x/\n", "/x/page.html", true)]
    [InlineData("allow: /x/page.html\ndisallow: /x/\n", "/x/", false)]
    [InlineData("disallow: \nallow: \n", "/x/page.html", true)]
    [InlineData("disallow: /\nallow: /\n", "/x/page.html", true)]
    [InlineData("disallow: /x\nallow: /x/\n", "/x", false)]
    [InlineData("disallow: /x\nallow: /x/\n", "/x/", true)]
    [InlineData("disallow: /x/page.html\nallow: /x/page.html\n", "/x/page.html", true)]
    [InlineData("allow: /page\ndisallow: /*.html\n", "/page.html", false)]
    [InlineData("allow: /page\ndisallow: /*.html\n", "/page", true)]
    [InlineData("allow: /x/page.\ndisallow: /*.html\n", "/x/page.html", true)]
    [InlineData("allow: /x/page.\ndisallow: /*.html\n", "/x/y.html", false)]
    [InlineData("allow: /folder\ndisallow: /folder\n", "/folder/page", true)]
    [InlineData("allow: /$\ndisallow: /\n", "/", true)]
    [InlineData("allow: /$\ndisallow: /\n", "/page.html", false)]
    public void Longest_match_wins_and_allow_wins_ties(string rules, string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("user-agent: FooBot\n" + rules, "FooBot", "http://foo.bar" + path));

    [Theory]
    [InlineData("/foo/bar/quz", false)]
    [InlineData("/foo/quz", true)]
    [InlineData("/foo//quz", true)]
    [InlineData("/foo/bax/quz", true)]
    public void Star_matches_any_sequence(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n", "FooBot", "http://foo.bar" + path));

    [Theory]
    [InlineData("/foo/bar", false)]
    [InlineData("/foo/bar/qux", true)]
    [InlineData("/foo/bar/", true)]
    [InlineData("/foo/bar/baz", true)]
    public void Dollar_anchors_the_end_of_the_path(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n", "FooBot", "http://foo.bar" + path));

    [Theory]
    [InlineData("/filename.php", true)]
    [InlineData("/folder/filename.php", true)]
    [InlineData("/filename.php?parameters", false)]
    [InlineData("/filename.php/", false)]
    [InlineData("/filename.php5", false)]
    [InlineData("/windows.PHP", false)]
    public void Star_and_dollar_together(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("user-agent: FooBot\ndisallow: /\nallow: /*.php$\n", "FooBot", "http://foo.bar" + path));

    [Theory]
    [InlineData("/fish", true)]
    [InlineData("/fish.html", true)]
    [InlineData("/fishheads/yummy.html", true)]
    [InlineData("/fish.html?id=anything", true)]
    [InlineData("/Fish.asp", false)]
    [InlineData("/catfish", false)]
    [InlineData("/?id=fish", false)]
    public void Pattern_is_a_prefix_and_a_trailing_star_changes_nothing(string path, bool allowed)
    {
        Assert.Equal(allowed, Allowed("user-agent: FooBot\ndisallow: /\nallow: /fish\n", "FooBot", "http://foo.bar" + path));
        Assert.Equal(allowed, Allowed("user-agent: FooBot\ndisallow: /\nallow: /fish*\n", "FooBot", "http://foo.bar" + path));
    }

    [Fact]
    public void Comments_are_ignored()
    {
        const string robots = "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n";

        Assert.True(Allowed(robots, "FooBot", "http://foo.bar/foo/bar"));
        Assert.False(Allowed(robots, "FooBot", "http://foo.bar/foo/quz"));
    }

    [Theory]
    [InlineData("Allow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par", "/foo/bar?qux=taz&baz=http://foo.bar?tar&par")]
    [InlineData("Allow: /foo/bar/ツ", "/foo/bar/%E3%83%84")]
    [InlineData("Allow: /foo/bar/%E3%83%84", "/foo/bar/%E3%83%84")]
    [InlineData("Allow: /foo/bar/%e3%83%84", "/foo/bar/%E3%83%84")]
    [InlineData("Allow: /foo/bar/%62%61%7A", "/foo/bar/baz")]
    [InlineData("Allow: /path/file-with-a-%2A.html", "/path/file-with-a-*.html")]
    [InlineData("Allow: /path/foo-%24", "/path/foo-$")]
    public void Paths_and_patterns_are_compared_percent_encoded(string allow, string path)
    {
        var robots = RobotsTxt.Parse($"User-agent: FooBot\nDisallow: /\n{allow}\n");

        Assert.True(robots.Check("FooBot", path).Allowed);
    }

    [Fact]
    public void Encoded_non_ascii_path_matches_a_raw_pattern_and_the_other_way_round()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /témoignages/\n");

        Assert.False(robots.Check("FooBot", "/t%C3%A9moignages/mon-parcours").Allowed);
        Assert.False(robots.Check("FooBot", "/témoignages/mon-parcours").Allowed);
    }

    [Theory]
    [InlineData("User-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\nDisallow: /\n")]
    [InlineData("User-Agent: foo\r\nAllow: /some/path\r\nUser-Agent: bar\r\n\r\n\r\nDisallow: /\r\n")]
    [InlineData("User-Agent: foo\rAllow: /some/path\rUser-Agent: bar\r\r\rDisallow: /\r")]
    [InlineData("\uFEFFUser-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\nDisallow: /")]
    public void Every_line_ending_and_a_byte_order_mark_are_accepted(string content)
    {
        var robots = RobotsTxt.Parse(content);

        var verdict = robots.Check("bar", "/x");
        Assert.False(verdict.Allowed);
        Assert.Equal(6, verdict.MatchedRule?.Line);
        Assert.True(robots.Check("foo", "/x").Allowed);
    }

    [Fact]
    public void Missing_colon_after_a_known_record_is_forgiven() =>
        Assert.False(Allowed("user-agent FooBot\ndisallow /\n", "FooBot", "http://foo.bar/x/y"));

    [Fact]
    public void Unknown_records_are_ignored() =>
        Assert.True(Allowed("foo: FooBot\nbar: /\n", "FooBot", "http://foo.bar/x/y"));

    [Fact]
    public void Robots_txt_itself_is_always_allowed() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow: /\n").Check("FooBot", "/robots.txt").Allowed);

    [Fact]
    public void Sitemaps_are_collected_wherever_they_appear()
    {
        var robots = RobotsTxt.Parse("Sitemap: http://foo.bar/a.xml\nUser-Agent: foo\nAllow: /some/path\nSitemap: http://foo.bar/b.xml\nDisallow: /x\n");

        Assert.Equal(["http://foo.bar/a.xml", "http://foo.bar/b.xml"], robots.Sitemaps);
        Assert.False(robots.Check("foo", "/x").Allowed);
    }

    [Fact]
    public void Crawl_delay_of_the_matching_group_is_read()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nCrawl-delay: 10\n\nUser-agent: FooBot\nCrawl-delay: 0.5\nDisallow: /private\n");

        Assert.Equal(TimeSpan.FromSeconds(0.5), robots.CrawlDelay("FooBot"));
        Assert.Equal(TimeSpan.FromSeconds(10), robots.CrawlDelay("OtherBot"));
        Assert.Null(RobotsTxt.Parse("User-agent: *\nDisallow: /x\n").CrawlDelay("FooBot"));
    }

    [Fact]
    public void Verdict_names_the_rule_and_line_that_decided()
    {
        var verdict = RobotsTxt.Parse("# robots\nUser-agent: *\nDisallow: /forum/\nDisallow: /admin/\n").Check("KnowledgeBot/1.0", "/admin/tableau-de-bord");

        Assert.False(verdict.Allowed);
        Assert.Equal("Disallow: /admin/", verdict.MatchedRule?.ToString());
        Assert.Equal(4, verdict.MatchedRule?.Line);
    }

    [Fact]
    public void Unreachable_robots_txt_disallows_everything_and_absent_allows_everything()
    {
        Assert.False(RobotsTxt.DisallowAll("robots.txt inaccessible (503)").Check("FooBot", "/page").Allowed);
        Assert.True(RobotsTxt.AllowAll.Check("FooBot", "/page").Allowed);
    }
}
