using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Search;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Gaps;

/// <summary>
/// The stems of a message's content words, as search reads a question (stop words and message noise such as greetings
/// left out, accents folded, light stemming); the synonyms search adds are left out, so that two messages meet on
/// what they say.
/// </summary>
public sealed class ContentWords(IOptions<KnowledgeBotOptions> options)
{
    private readonly Analyzer _analyzer = QueryAnalyzer.Create(options);

    public IReadOnlySet<string> Of(string text) =>
        QueryTerms.Of(_analyzer, text).SelectMany(w => w.Terms).Where(t => !t.IsSynonym).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
}
