using KnowledgeBot.Core.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The Lucene query for a question: one clause per word of the question (so that coordination counts words,
/// not synonyms); each of the word's terms may match in every field with the field's boost; synonyms weigh
/// less; words unknown to the index are matched fuzzily. The fields are a passage's, or a whole document's
/// (<see cref="SearchOptions.DocumentFieldBoosts"/>).
/// </summary>
internal static class PassageQuery
{
    public static Query Build(IndexReader reader, IReadOnlyList<QueryWord> words, SearchOptions options) =>
        Build(reader, words, options.FieldBoosts, options.SynonymWeight);

    public static Query Build(IndexReader reader, IReadOnlyList<QueryWord> words, IReadOnlyDictionary<string, float> fieldBoosts, float synonymWeight)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in words)
        {
            var anyTerm = new BooleanQuery(disableCoord: true);
            foreach (var term in word.Terms)
            {
                var termQuery = TermInAnyField(reader, term.Text, fieldBoosts);
                termQuery.Boost = term.IsSynonym ? synonymWeight : 1f;
                anyTerm.Add(termQuery, Occur.SHOULD);
            }
            query.Add(anyTerm, Occur.SHOULD);
        }
        return query;
    }

    private static BooleanQuery TermInAnyField(IndexReader reader, string term, IReadOnlyDictionary<string, float> fieldBoosts)
    {
        var unknown = MisspellingTolerance.IsUnknown(reader, term, fieldBoosts.Keys);
        var perField = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in fieldBoosts)
        {
            var fieldQuery = unknown ? MisspellingTolerance.Fuzzy(field, term) : new TermQuery(new Term(field, term));
            fieldQuery.Boost = boost;
            perField.Add(fieldQuery, Occur.SHOULD);
        }
        return perField;
    }
}
