using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// A question word that no indexed text contains is probably misspelt ("chimiotérapie", "remboursment"):
/// it is searched as a fuzzy term (one edit, two for long words) instead of matching nothing.
/// Short words are left alone: at that length an edit makes another real word.
/// </summary>
public static class MisspellingTolerance
{
    private const int MinLength = 5;
    private const int TwoEditsFrom = 9;

    public static bool IsUnknown(IndexReader reader, string term, IEnumerable<string> fields) =>
        term.Length >= MinLength && fields.All(field => reader.DocFreq(new Term(field, term)) == 0);

    public static Query Fuzzy(string field, string term) =>
        new FuzzyQuery(new Term(field, term), term.Length >= TwoEditsFrom ? 2 : 1, prefixLength: 1, maxExpansions: 10, transpositions: true);
}
