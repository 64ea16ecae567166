using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// The French analysis chain shared by indexing and search. At query time it also expands lay terms
/// (<see cref="LaySynonyms"/>) and drops message noise (<see cref="MessageNoiseWords"/>); at index time both are null.
/// </summary>
public sealed class FrenchAnalyzer(SynonymMap? laySynonyms = null, CharArraySet? messageNoiseWords = null) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Ordinals however they are typed — « 13ème », « 13eme », « 13 ème », « 13e », « 1er » — become one term (« 13e »),
    /// so that a query's ordinal finds the text's instead of being an unknown word.
    /// </summary>
    private static readonly Regex Ordinal = new(@"(\d+)\s?(?:ièmes?|iemes?|èmes?|emes?|ème|ère|ere|er|re|e|è)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    protected override TextReader InitReader(string fieldName, TextReader reader) => new PatternReplaceCharFilter(Ordinal, "$1e", reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = FrenchNormalization.Apply(tokenizer);
        if (laySynonyms is not null)
            stream = new SynonymFilter(stream, laySynonyms, ignoreCase: true);
        stream = new StopFilter(Version, stream, FrenchStopWords.Folded);
        if (messageNoiseWords is not null)
            stream = new StopFilter(Version, stream, messageNoiseWords);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
