namespace KnowledgeBot.Core.Search;

/// <summary>A range of a snippet's text that matched the query.</summary>
public readonly record struct Highlight(int Start, int Length);

/// <summary>
/// The best fragments of a passage as plain text, with the ranges that matched the query. Each consumer renders
/// it its own way (the console with &lt;mark&gt;, the widget as plain text, the CLI with *…*): no markup to strip.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights)
{
    /// <summary>The text cut at its highlights, in order: (text, highlighted).</summary>
    public IEnumerable<(string Text, bool Highlighted)> Segments()
    {
        var at = 0;
        foreach (var highlight in Highlights)
        {
            if (highlight.Start > at)
                yield return (Text[at..highlight.Start], false);
            yield return (Text.Substring(highlight.Start, highlight.Length), true);
            at = highlight.Start + highlight.Length;
        }
        if (at < Text.Length)
            yield return (Text[at..], false);
    }

    public override string ToString() => Text;
}
