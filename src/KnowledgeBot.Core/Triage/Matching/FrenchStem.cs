using Lucene.Net.Analysis.Fr;

namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>The index's French light stemming (plural, feminine and common suffixes), applied to one folded word.</summary>
internal static class FrenchStem
{
    private static readonly FrenchLightStemmer Stemmer = new();

    public static string Of(string folded)
    {
        var chars = folded.ToCharArray();
        return new string(chars, 0, Stemmer.Stem(chars, chars.Length));
    }
}
