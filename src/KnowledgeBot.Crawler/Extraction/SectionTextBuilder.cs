using System.Text;
using HtmlAgilityPack;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Crawler.Extraction;

/// <summary>
/// Turns a content element into text sections: each <c>h2</c>–<c>h6</c> starts a section, block elements
/// become lines, and whitespace is collapsed. The first <c>h1</c> is returned apart (it is the page heading).
/// </summary>
internal sealed class SectionTextBuilder
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
        "blockquote", "pre", "figure", "figcaption", "address", "details", "summary", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private readonly List<DocumentSection> _sections = [];
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private string? _heading;

    public string? PageHeading { get; private set; }

    public static (string? PageHeading, IReadOnlyList<DocumentSection> Sections) Build(HtmlNode content)
    {
        var builder = new SectionTextBuilder();
        builder.Visit(content);
        builder.CloseSection();
        return (builder.PageHeading, builder._sections);
    }

    private void Visit(HtmlNode node)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                _line.Append(HtmlEntity.DeEntitize(node.InnerText));
                return;
            case HtmlNodeType.Element when IsHeading(node, out var level):
                var text = Normalize(HtmlEntity.DeEntitize(node.InnerText));
                if (level == 1 && PageHeading is null)
                    PageHeading = text;
                else if (text.Length > 0)
                {
                    CloseSection();
                    _heading = text;
                }
                return;
            case HtmlNodeType.Element or HtmlNodeType.Document:
                var block = BlockElements.Contains(node.Name);
                if (block)
                    EndLine();
                if (node.Name.Equals("td", StringComparison.OrdinalIgnoreCase) || node.Name.Equals("th", StringComparison.OrdinalIgnoreCase))
                    _line.Append(' ');
                foreach (var child in node.ChildNodes)
                    Visit(child);
                if (block)
                    EndLine();
                return;
        }
    }

    private static bool IsHeading(HtmlNode node, out int level)
    {
        level = 0;
        return node.Name.Length == 2 && char.ToLowerInvariant(node.Name[0]) == 'h' && node.Name[1] is >= '1' and <= '6'
            && (level = node.Name[1] - '0') > 0;
    }

    private void EndLine()
    {
        var line = Normalize(_line.ToString());
        _line.Clear();
        if (line.Length > 0)
            _lines.Add(line);
    }

    private void CloseSection()
    {
        EndLine();
        if (_lines.Count > 0 || _heading is not null)
            _sections.Add(new DocumentSection(_heading, string.Join("\n", _lines)));
        _lines.Clear();
        _heading = null;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
