namespace KnowledgeBot.Crawler.Extraction;

/// <summary>
/// Indexing directives of a page, from <c>&lt;meta name="robots"&gt;</c> or the <c>X-Robots-Tag</c> header
/// (<c>noindex</c>, <c>nofollow</c>, <c>none</c> = both).
/// </summary>
public sealed record RobotsDirectives(bool NoIndex, bool NoFollow)
{
    public static RobotsDirectives None { get; } = new(false, false);

    public RobotsDirectives Merge(RobotsDirectives other) => new(NoIndex || other.NoIndex, NoFollow || other.NoFollow);

    /// <summary>Parses a comma-separated directive list such as <c>noindex, nofollow</c>.</summary>
    public static RobotsDirectives Parse(string? content)
    {
        var noIndex = false;
        var noFollow = false;
        foreach (var raw in (content ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (raw.ToLowerInvariant())
            {
                case "noindex":
                    noIndex = true;
                    break;
                case "nofollow":
                    noFollow = true;
                    break;
                case "none":
                    noIndex = noFollow = true;
                    break;
            }
        }
        return new(noIndex, noFollow);
    }

    /// <summary>
    /// Parses the values of <c>X-Robots-Tag</c> headers. A value may be addressed to one crawler
    /// (<c>otherbot: noindex</c>); it applies to us only when the name is our product token.
    /// </summary>
    public static RobotsDirectives ParseHeaders(IEnumerable<string> values, string productToken)
    {
        var result = None;
        foreach (var value in values)
        {
            var text = value;
            var colon = value.IndexOf(':');
            if (colon > 0 && !value[..colon].Contains(','))
            {
                var agent = value[..colon].Trim();
                if (!IsDirective(agent))
                {
                    if (!agent.Equals(productToken, StringComparison.OrdinalIgnoreCase))
                        continue;
                    text = value[(colon + 1)..];
                }
            }
            result = result.Merge(Parse(text));
        }
        return result;
    }

    // "unavailable_after: date" is a directive with a colon, not a user agent.
    private static bool IsDirective(string word) =>
        word.Equals("unavailable_after", StringComparison.OrdinalIgnoreCase) || word.Contains(' ');
}
