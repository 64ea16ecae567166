using Lucene.Net.Analysis.Util;

namespace KnowledgeBot.Core.Analysis;

/// <summary>Lucene's French (Snowball) stop words, accent-folded since folding runs before them.</summary>
internal static class FrenchStopWords
{
    public static CharArraySet Folded { get; } = FrenchNormalization.FoldedSet(
        Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet.Select(word => word?.ToString() ?? string.Empty));
}
