using KnowledgeBot.Core.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The Lucene query for a question: one clause per word of the question (so that coordination counts words,
/// not synonyms); each of the word's terms may match in every field that holds it, with the field's boost; synonyms weigh
/// less; words unknown to the index are matched fuzzily. The fields are a passage's, or a whole document's
/// (<see cref="SearchOptions.DocumentFieldBoosts"/>).
/// </summary>
/// <remarks>
/// A word's clause sums its terms' field matches as one disjunction with a tie-breaker of 1 (the sum of its
/// matches) rather than as nested Boolean queries: the scores are the same, but every nested Boolean query gets a
/// scorer of its own per segment, with a bucket table of 2,048 entries allocated each time, which made scoring a
/// long message mostly allocation.
/// </remarks>
internal static class PassageQuery
{
    /// <summary>Disjunction tie-breaker: every match counts in full, as in a Boolean query without coordination.</summary>
    private const float SumOfMatches = 1f;

    public static Query Build(IndexedTerms indexed, IReadOnlyList<QueryWord> words, SearchOptions options) =>
        Build(indexed, words, options.FieldBoosts, options.SynonymWeight);

    public static Query Build(IndexedTerms indexed, IReadOnlyList<QueryWord> words, IReadOnlyDictionary<string, float> fieldBoosts, float synonymWeight)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in words)
        {
            var anyMatch = new DisjunctionMaxQuery(SumOfMatches);
            foreach (var term in word.Terms)
            {
                var termBoost = term.IsSynonym ? synonymWeight : 1f;
                var isUnknown = MisspellingTolerance.MayBeMisspelt(term.Text) && fieldBoosts.Keys.All(field => indexed.DocFreq(new Term(field, term.Text)) == 0);
                IReadOnlyList<MisspellingTolerance.Correction> searched = isUnknown
                    ? MisspellingTolerance.Corrections(indexed.Reader, term.Text)
                    : [new(term.Text, 1f)];
                // A field that does not hold the term is left out: its clause could match nothing.
                foreach (var (field, fieldBoost) in fieldBoosts)
                    foreach (var correction in searched)
                        if (indexed.Query(new Term(field, correction.Term)) is { } match)
                        {
                            match.Boost = fieldBoost * termBoost * correction.Closeness;
                            anyMatch.Add(match);
                        }
            }
            query.Add(anyMatch, Occur.SHOULD);
        }
        return query;
    }
}
