using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Crawler.Extraction;

/// <summary>What the crawler keeps of one HTML page: its main content cut at headings, and what decides whether it is indexed.</summary>
/// <param name="Canonical">Absolute URL of <c>&lt;link rel="canonical"&gt;</c>, when the page declares one.</param>
/// <param name="Links">Absolute http(s) links to follow (fragments removed; <c>rel="nofollow"</c> links left out).</param>
public sealed record HtmlPage(
    string Title,
    string? Description,
    DateTimeOffset? Modified,
    Uri? Canonical,
    RobotsDirectives Robots,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyList<Uri> Links);
