using System.Text;
using KnowledgeBot.Core.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBot.Core.Search;

/// <summary>The best fragments of a passage, with the matched words as <see cref="Highlight"/> ranges.</summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentSize = 180;
    private const int Fragments = 2;
    // Private-use characters mark the matches in the highlighter's output; they are taken out of the text first.
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private readonly QueryScorer scorer = new(query, IndexFields.Text);

    public Snippet Highlight(string passage)
    {
        var text = passage.Replace(Open, ' ').Replace(Close, ' ');
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), new DefaultEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = analyzer.GetTokenStream(IndexFields.Text, text);
        var fragments = highlighter.GetBestFragments(tokens, text, Fragments, " … ");
        if (!string.IsNullOrWhiteSpace(fragments))
            return FromMarked(fragments.Trim());
        var start = text.Length <= FragmentSize ? text : text[..text.LastIndexOf(' ', FragmentSize)] + " …";
        return new Snippet(start, []);
    }

    private static Snippet FromMarked(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<Highlight>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
                start = text.Length;
            else if (c == Close && start >= 0)
            {
                highlights.Add(new Highlight(start, text.Length - start));
                start = -1;
            }
            else
                text.Append(c);
        }
        return new Snippet(text.ToString(), highlights);
    }
}
