using System.Text;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBot.Core.Search;

/// <summary>Escapes only the characters that matter in HTML text (&amp; &lt; &gt; &quot; &#39;); accents stay readable.</summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText)
    {
        var builder = new StringBuilder(originalText.Length);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
