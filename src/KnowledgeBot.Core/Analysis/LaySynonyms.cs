using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// Lay terms and the words vetted content uses for them, read from a tab-separated file:
/// <c>lay term&lt;TAB&gt;vetted term[|other vetted term]</c>, <c>#</c> starts a comment.
/// Applied at query time only: "chimio" also searches "chimiothérapie".
/// </summary>
public static class LaySynonyms
{
    /// <param name="files">Read in order into one map (the lay synonyms, then the corpus's acronyms).</param>
    /// <returns>Null when the files hold no entry (Lucene's synonym filter refuses an empty map).</returns>
    public static SynonymMap? Load(params string[] files)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var file in files)
            Add(builder, file);
        var map = builder.Build();
        return map.Fst is null ? null : map;
    }

    private static void Add(SynonymMap.Builder builder, string file)
    {
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(file))
        {
            lineNumber++;
            var line = rawLine.Split('#', 2)[0].Trim();
            if (line.Length == 0)
                continue;
            var columns = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length != 2)
                throw new SourceFormatException(file, lineNumber, "expected 'lay term<TAB>vetted term[|vetted term]'");
            var input = Phrase(columns[0], file, lineNumber);
            foreach (var output in columns[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                builder.Add(input, Phrase(output, file, lineNumber), includeOrig: true);
        }
    }

    /// <summary>Normalizes a term like the text it will meet (elision, lower case, accents folded), words joined as SynonymMap wants.</summary>
    private static CharsRef Phrase(string text, string file, int lineNumber)
    {
        var words = FrenchNormalization.Words(text);
        if (words.Count == 0)
            throw new SourceFormatException(file, lineNumber, $"'{text}' has no word");
        return SynonymMap.Builder.Join(words.ToArray(), new CharsRef());
    }
}
