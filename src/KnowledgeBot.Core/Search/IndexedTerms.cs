using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// The term look-ups of one search. Each field's terms are looked up through one enumerator per segment, reused from
/// term to term, and a term's statistics go with its query, which would otherwise look the term up again in every
/// segment each time it is weighed (Lucene's <c>TermContext.Build</c> makes a new enumerator per look-up: with a
/// clause per word, term and field, a long message's search was mostly that allocation).
/// </summary>
/// <remarks>Not thread-safe: one per search.</remarks>
internal sealed class IndexedTerms(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum?[]> enumerators = new(StringComparer.Ordinal);
    private readonly Dictionary<Term, TermContext?> found = [];

    public IndexReader Reader => reader;

    /// <summary>A query for the term that carries its statistics; null when no segment holds the term.</summary>
    public TermQuery? Query(Term term) => Find(term) is { } statistics ? new TermQuery(term, statistics) : null;

    /// <summary>How many passages hold the term (deleted ones included until a merge, as Lucene counts).</summary>
    public int DocFreq(Term term) => Find(term)?.DocFreq ?? 0;

    private TermContext? Find(Term term)
    {
        if (found.TryGetValue(term, out var known))
            return known;
        TermContext? statistics = null;
        var leaves = reader.Leaves;
        var segments = Enumerators(term.Field);
        for (var i = 0; i < leaves.Count; i++)
        {
            if (segments[i] is not { } terms || !terms.SeekExact(term.Bytes))
                continue;
            statistics ??= new TermContext(reader.Context);
            statistics.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        found[term] = statistics;
        return statistics;
    }

    private TermsEnum?[] Enumerators(string field)
    {
        if (!enumerators.TryGetValue(field, out var segments))
            enumerators[field] = segments = [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator())];
        return segments;
    }
}
