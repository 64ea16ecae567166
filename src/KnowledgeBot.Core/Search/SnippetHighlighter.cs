using KnowledgeBot.Core.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBot.Core.Search;

/// <summary>The best fragments of a passage with the matched words in <c>&lt;b&gt;</c>, everything else HTML-escaped.</summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentSize = 180;
    private const int Fragments = 2;
    private readonly QueryScorer scorer = new(query, IndexFields.Text);

    public string Highlight(string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<b>", "</b>"), HtmlTextEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = analyzer.GetTokenStream(IndexFields.Text, text);
        var fragments = highlighter.GetBestFragments(tokens, text, Fragments, " … ");
        if (!string.IsNullOrWhiteSpace(fragments))
            return fragments.Trim();
        var start = text.Length <= FragmentSize ? text : text[..text.LastIndexOf(' ', FragmentSize)] + " …";
        return HtmlTextEncoder.Instance.EncodeText(start);
    }
}
