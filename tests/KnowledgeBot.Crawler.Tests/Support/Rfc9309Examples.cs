namespace KnowledgeBot.Crawler.Tests.Support;

/// <summary>robots.txt examples quoted from RFC 9309.</summary>
internal static class Rfc9309Examples
{
    /// <summary>RFC 9309 section 5.1.</summary>
    public const string Simple = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;
}
