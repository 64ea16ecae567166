using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBot.Core.Search;

/// <summary>A word of the question after analysis; <see cref="IsSynonym"/> when the lay-synonym step added it.</summary>
public sealed record QueryTerm(string Text, bool IsSynonym);

/// <summary>The terms at one position of the question: the word itself and the synonyms added for it.</summary>
public sealed record QueryWord(IReadOnlyList<QueryTerm> Terms);

public static class QueryTerms
{
    /// <summary>The words of a question after analysis, each with its synonyms; a word seen before is not repeated.</summary>
    public static IReadOnlyList<QueryWord> Of(Analyzer analyzer, string question)
    {
        var positions = new List<List<QueryTerm>>();
        using (var stream = analyzer.GetTokenStream("text", question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || positions.Count == 0)
                    positions.Add([]);
                positions[^1].Add(new QueryTerm(term.ToString(), type.Type == SynonymFilter.TYPE_SYNONYM));
            }
            stream.End();
        }
        var seen = new HashSet<string>();
        var words = new List<QueryWord>();
        foreach (var position in positions)
        {
            var fresh = position.Where(t => seen.Add(t.Text)).ToList();
            if (fresh.Count > 0)
                words.Add(new QueryWord(fresh));
        }
        return words;
    }
}
