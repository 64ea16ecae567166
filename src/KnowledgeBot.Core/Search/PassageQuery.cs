using KnowledgeBot.Core.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The Lucene query for a question: every term may match in every field (with the field's boost), terms the
/// synonym step added weigh less, and words unknown to the index are matched fuzzily.
/// </summary>
internal static class PassageQuery
{
    public static Query Build(IndexReader reader, IReadOnlyList<QueryTerm> terms, SearchOptions options)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var unknown = MisspellingTolerance.IsUnknown(reader, term.Text, options.FieldBoosts.Keys);
            var perField = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in options.FieldBoosts)
            {
                var fieldQuery = unknown ? MisspellingTolerance.Fuzzy(field, term.Text) : new TermQuery(new Term(field, term.Text));
                fieldQuery.Boost = boost;
                perField.Add(fieldQuery, Occur.SHOULD);
            }
            perField.Boost = term.IsSynonym ? options.SynonymWeight : 1f;
            query.Add(perField, Occur.SHOULD);
        }
        return query;
    }
}
