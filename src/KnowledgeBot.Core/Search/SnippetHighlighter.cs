using System.Text;
using KnowledgeBot.Core.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The best fragments of a passage, with the matched words as <see cref="Highlight"/> ranges. One per search, shared
/// by its hits, whose snippets may be read from several threads: the query scorer it reuses is not thread-safe.
/// </summary>
internal sealed partial class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const string Separator = " … ";
    private const int FragmentSize = 180;
    private const int Fragments = 2;
    // Private-use characters mark the matches in the highlighter's output; they are taken out of the text first.
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private readonly QueryScorer scorer = new(query, IndexFields.Text);

    private readonly Lock scoring = new();

    public Snippet Highlight(string passage)
    {
        lock (scoring)
            return HighlightAlone(passage);
    }

    private Snippet HighlightAlone(string passage)
    {
        var text = passage.Replace(Open, ' ').Replace(Close, ' ');
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), new DefaultEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = analyzer.GetTokenStream(IndexFields.Text, text);
        var fragments = highlighter.GetBestFragments(tokens, text, Fragments, Separator);
        if (!string.IsNullOrWhiteSpace(fragments))
            return FromMarked(WithoutCutUrls(fragments.Trim(), text));
        return new Snippet(Opening(text), []);
    }

    /// <summary>The passage's first words, a fragment long, when nothing in it matched.</summary>
    public static string Opening(string text) =>
        text.Length <= FragmentSize ? text : text[..text.LastIndexOf(' ', FragmentSize)] + " …";

    /// <summary>
    /// A fragment boundary may fall inside a web address: the piece of it is dropped, so that no snippet shows (or
    /// links) half an address.
    /// </summary>
    private static string WithoutCutUrls(string marked, string text)
    {
        var urls = Url().Matches(text).Select(m => m.Value).ToList();
        if (urls.Count == 0)
            return marked;
        var fragments = marked.Split(Separator).Select(fragment =>
        {
            var words = fragment.Split(' ').ToList();
            if (words.Count > 1 && urls.Any(url => IsCutEnd(Plain(words[0]), url, fromStart: false)))
                words.RemoveAt(0);
            if (words.Count > 1 && urls.Any(url => IsCutEnd(Plain(words[^1]), url, fromStart: true)))
                words.RemoveAt(words.Count - 1);
            return string.Join(' ', words);
        });
        return string.Join(Separator, fragments);
    }

    /// <summary>The word is a strict beginning (or end) of the address: the address was cut there.</summary>
    private static bool IsCutEnd(string word, string url, bool fromStart) =>
        word.Length >= 3 && word.Length < url.Length && (fromStart ? url.StartsWith(word, StringComparison.Ordinal) : url.EndsWith(word, StringComparison.Ordinal));

    private static string Plain(string word) => word.Replace(Open.ToString(), "").Replace(Close.ToString(), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s]+")]
    private static partial System.Text.RegularExpressions.Regex Url();

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
