using KnowledgeBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// How much of a query a passage answers: the share of the query's words it contains, each word weighed by its
/// inverse document frequency in the documents' whole text (as the whole-document ranking counts it), so that sharing
/// « année » with the query counts for little and sharing « congé » for much. A word no document contains weighs nothing.
/// </summary>
internal sealed class QueryCoverage
{
    private readonly IndexReader reader;
    private readonly IBits liveDocs;
    private readonly List<(HashSet<Term> Terms, double Weight)> words;
    private readonly double totalWeight;

    /// <param name="query">The rewritten ranking query: one clause per word of the question, as <see cref="PassageQuery"/> builds it.</param>
    public QueryCoverage(IndexedTerms indexed, Query query, DocumentBM25Similarity similarity)
    {
        reader = indexed.Reader;
        liveDocs = MultiFields.GetLiveDocs(reader);
        var documents = Math.Max(1, reader.GetDocCount(IndexFields.DocumentText));
        words = [.. WordClauses(query).Select(clause =>
        {
            var terms = new HashSet<Term>();
            clause.ExtractTerms(terms);
            var frequency = terms.Select(term => indexed.DocFreq(new Term(IndexFields.DocumentText, term.Text))).DefaultIfEmpty(0).Max();
            return (terms, frequency == 0 ? 0d : similarity.DocumentIdf(frequency, documents));
        })];
        totalWeight = words.Sum(word => word.Weight);
    }

    /// <summary>The coverage (0 to 1) of each of the given passages.</summary>
    public Dictionary<int, float> Of(IEnumerable<int> passages)
    {
        var sorted = passages.Distinct().Order().ToArray();
        if (totalWeight <= 0)
            return sorted.ToDictionary(passage => passage, _ => 1f);
        var covered = sorted.ToDictionary(passage => passage, _ => 0d);
        foreach (var (terms, weight) in words)
        {
            var matched = new HashSet<int>();
            foreach (var term in terms)
                AddMatches(term, sorted, matched);
            foreach (var passage in matched)
                covered[passage] += weight;
        }
        return covered.ToDictionary(pair => pair.Key, pair => (float)(pair.Value / totalWeight));
    }

    private void AddMatches(Term term, int[] sortedPassages, HashSet<int> matched)
    {
        var postings = MultiFields.GetTermDocsEnum(reader, liveDocs, term.Field, term.Bytes);
        if (postings is null)
            return;
        var current = -1;
        foreach (var passage in sortedPassages)
        {
            if (current < passage)
                current = postings.Advance(passage);
            if (current == DocIdSetIterator.NO_MORE_DOCS)
                return;
            if (current == passage)
                matched.Add(passage);
        }
    }

    private static IEnumerable<Query> WordClauses(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.Select(clause => clause.Query) : [query];
}
