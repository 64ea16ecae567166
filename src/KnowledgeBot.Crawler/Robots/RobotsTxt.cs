using System.Globalization;
using System.Text;

namespace KnowledgeBot.Crawler.Robots;

/// <summary>
/// A parsed robots.txt and its matching rules, per RFC 9309: groups are chosen by the crawler's product token
/// (case-insensitive; all groups naming it are merged, else all <c>*</c> groups are); the longest matching
/// Allow/Disallow pattern wins and Allow wins a tie; <c>*</c> matches any sequence and a final <c>$</c> the end
/// of the path; paths and patterns are compared after percent-encoding normalisation; <c>/robots.txt</c> is
/// always allowed. <c>Crawl-delay</c> (per group) and <c>Sitemap</c> (global) lines are kept.
/// </summary>
public sealed class RobotsTxt
{
    // RFC 9309 2.5: crawlers must parse at least 500 kibibytes.
    public const int MaxBytes = 500 * 1024;

    private readonly IReadOnlyList<Group> _groups;

    private RobotsTxt(IReadOnlyList<Group> groups, IReadOnlyList<string> sitemaps, string description)
    {
        _groups = groups;
        Sitemaps = sitemaps;
        Description = description;
    }

    /// <summary>No robots.txt (4xx): everything is allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([], [], "robots.txt absent");

    /// <summary>robots.txt unreachable (5xx, network error): nothing may be crawled.</summary>
    public static RobotsTxt DisallowAll(string why) =>
        new([new Group { Agents = { "*" }, Rules = { new RobotsRule(false, "/", "/", 0) } }], [], why);

    /// <summary>How this robots.txt was obtained, for explanations (e.g. "robots.txt inaccessible (503)").</summary>
    public string Description { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsTxt Parse(string content)
    {
        if (content.Length > MaxBytes)
            content = content[..MaxBytes];
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var collectingAgents = false;
        var lineNumber = 0;
        foreach (var rawLine in content.TrimStart('\uFEFF').Split(["\r\n", "\r", "\n"], StringSplitOptions.None))
        {
            lineNumber++;
            if (SplitRecord(StripComment(rawLine)) is not var (key, value))
                continue;
            switch (key)
            {
                case "user-agent":
                    if (!collectingAgents)
                    {
                        current = new Group();
                        groups.Add(current);
                        collectingAgents = true;
                    }
                    current!.Agents.Add(AgentToken(value));
                    break;
                case "allow" or "disallow":
                    collectingAgents = false;
                    if (current is not null && value.Length > 0)
                        current.Rules.Add(new RobotsRule(key == "allow", value, Normalize(value, isPattern: true), lineNumber));
                    break;
                case "crawl-delay":
                    collectingAgents = false;
                    if (current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                        current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 3600));
                    break;
                case "sitemap":
                    if (value.Length > 0)
                        sitemaps.Add(value);
                    break;
            }
        }
        return new RobotsTxt(groups, sitemaps, "robots.txt");
    }

    /// <summary>Whether <paramref name="userAgent"/> may fetch <paramref name="pathAndQuery"/>, and the rule that decided.</summary>
    public RobotsVerdict Check(string userAgent, string pathAndQuery)
    {
        var path = string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery;
        if (path == "/robots.txt")
            return new RobotsVerdict(true, null);
        var normalized = Normalize(path, isPattern: false);
        RobotsRule? best = null;
        foreach (var rule in GroupsFor(userAgent).SelectMany(g => g.Rules))
        {
            if (!Matches(rule.NormalizedPattern, normalized))
                continue;
            if (best is null
                || rule.NormalizedPattern.Length > best.NormalizedPattern.Length
                || (rule.NormalizedPattern.Length == best.NormalizedPattern.Length && rule.Allow && !best.Allow))
                best = rule;
        }
        return new RobotsVerdict(best?.Allow ?? true, best);
    }

    /// <summary>The <c>Crawl-delay</c> of the groups that apply to <paramref name="userAgent"/>, if any.</summary>
    public TimeSpan? CrawlDelay(string userAgent) =>
        GroupsFor(userAgent).Select(g => g.CrawlDelay).Where(d => d is not null).Max();

    /// <summary>The product token of a User-Agent string: its leading letters, '-' and '_' ("KnowledgeBot/1.0 (+url)" → "KnowledgeBot").</summary>
    public static string ProductToken(string userAgent)
    {
        var token = userAgent.Trim();
        var end = 0;
        while (end < token.Length && (char.IsAsciiLetter(token[end]) || token[end] is '-' or '_'))
            end++;
        return token[..end];
    }

    private IEnumerable<Group> GroupsFor(string userAgent)
    {
        var token = ProductToken(userAgent);
        var specific = _groups.Where(g => g.Agents.Any(a => a != "*" && a.Equals(token, StringComparison.OrdinalIgnoreCase))).ToList();
        return specific.Count > 0 ? specific : _groups.Where(g => g.Agents.Contains("*"));
    }

    private static readonly string[] Keys = ["user-agent", "allow", "disallow", "crawl-delay", "sitemap"];

    // "key: value"; a missing colon after a known key ("Disallow /") is forgiven, the intent being obvious.
    private static (string Key, string Value)? SplitRecord(string line)
    {
        var colon = line.IndexOf(':');
        if (colon > 0)
            return (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
        var parts = line.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && Keys.Contains(parts[0].ToLowerInvariant()) ? (parts[0].ToLowerInvariant(), parts[1].Trim()) : null;
    }

    private static string AgentToken(string value) => value.StartsWith('*') ? "*" : ProductToken(value);

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>
    /// Matches a pattern against a path from its start: <c>*</c> matches any sequence, a final <c>$</c> the end.
    /// Keeps the set of path positions the pattern prefix can end at, so it runs in O(pattern × path).
    /// </summary>
    private static bool Matches(string pattern, string path)
    {
        var positions = new List<int> { 0 };
        var next = new List<int>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '$' && i == pattern.Length - 1)
                return positions.Contains(path.Length);
            next.Clear();
            if (c == '*')
            {
                for (var p = positions[0]; p <= path.Length; p++)
                    next.Add(p);
            }
            else
            {
                foreach (var p in positions)
                {
                    if (p < path.Length && path[p] == c)
                        next.Add(p + 1);
                }
                if (next.Count == 0)
                    return false;
            }
            (positions, next) = (next, positions);
        }
        return true;
    }

    /// <summary>
    /// RFC 9309 2.2.2: characters outside US-ASCII are percent-encoded (UTF-8), percent-encoded unreserved
    /// characters are decoded, and other escapes get upper-case hex digits, so that equal paths compare equal.
    /// In a path (not a pattern), <c>*</c> and <c>$</c> are literal and encoded, so a pattern can name them as %2A and %24 (2.2.3).
    /// </summary>
    private static string Normalize(string value, bool isPattern)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                var decoded = (char)Convert.ToByte(value.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                    builder.Append(decoded);
                else
                    builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (!isPattern && c is '*' or '$')
            {
                builder.Append(c == '*' ? "%2A" : "%24");
            }
            else if (c > 0x7E || c <= 0x20)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length
                    ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<RobotsRule> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }
}

/// <summary>One Allow or Disallow line of a robots.txt.</summary>
public sealed record RobotsRule(bool Allow, string Pattern, string NormalizedPattern, int Line)
{
    public override string ToString() => $"{(Allow ? "Allow" : "Disallow")}: {Pattern}";
}

/// <param name="MatchedRule">The rule that decided, or null when no rule matched (allowed by default).</param>
public sealed record RobotsVerdict(bool Allowed, RobotsRule? MatchedRule);
