using KnowledgeBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// A question word that no indexed text contains is probably misspelt ("chimiotérapie", "remboursment"): it is
/// searched as the indexed words one edit away (two for long words) instead of matching nothing.
/// Short words are left alone: at that length an edit makes another real word.
/// </summary>
public static class MisspellingTolerance
{
    private const int MinLength = 5;
    private const int TwoEditsFrom = 9;
    private const int MaxCorrections = 10;

    /// <summary>A word of the index that may be the one meant, weighed by how close it is to what was written (less the more edits it takes for its length).</summary>
    public sealed record Correction(string Term, float Closeness);

    /// <summary>Whether the word is long enough to be taken for a misspelling when no indexed text contains it.</summary>
    public static bool MayBeMisspelt(string term) => term.Length >= MinLength;

    /// <summary>
    /// The nearest words of the documents' whole text, the field that holds every word of every document: looked for
    /// once per word and then searched in each field, rather than once per field (each look walks a field's whole
    /// vocabulary with an automaton: a tenth of a long message's search CPU, a fiftieth since).
    /// </summary>
    public static IReadOnlyList<Correction> Corrections(IndexReader reader, string term)
    {
        var fuzzy = new FuzzyQuery(new Term(IndexFields.DocumentText, term), term.Length >= TwoEditsFrom ? 2 : 1, prefixLength: 1, maxExpansions: MaxCorrections, transpositions: true);
        return fuzzy.Rewrite(reader) switch
        {
            BooleanQuery expansions => [.. expansions.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(t => new Correction(t.Term.Text, t.Boost))],
            TermQuery single => [new Correction(single.Term.Text, single.Boost)],
            _ => [],
        };
    }
}
