using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// Elision (l', d', qu'…), lower case and accent folding: the steps every word goes through before
/// stop words, synonyms and stemming, so that "thérapeutique", "Therapeutique" and "l'thérapeutique" meet.
/// </summary>
internal static class FrenchNormalization
{
    public static TokenStream Apply(TokenStream stream)
    {
        stream = new ElisionFilter(stream, Lucene.Net.Analysis.Fr.FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(FrenchAnalyzer.Version, stream);
        return new ASCIIFoldingFilter(stream);
    }

    /// <summary>The words of a text, tokenized and normalized by <see cref="Apply"/> (no stop word removed, no stemming).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = Apply(new StandardTokenizer(FrenchAnalyzer.Version, new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }

    /// <summary>Folds a word list the way <see cref="Apply"/> folds text (for stop and noise word sets).</summary>
    public static CharArraySet FoldedSet(IEnumerable<string> words)
    {
        var set = new CharArraySet(FrenchAnalyzer.Version, 256, ignoreCase: true);
        foreach (var word in words)
            set.Add(TextFolding.Fold(word));
        return set;
    }
}
