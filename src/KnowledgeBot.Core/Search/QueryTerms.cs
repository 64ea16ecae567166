using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBot.Core.Search;

/// <summary>A word of the question after analysis; <see cref="IsSynonym"/> when the lay-synonym step added it.</summary>
public sealed record QueryTerm(string Text, bool IsSynonym);

public static class QueryTerms
{
    /// <summary>The distinct analyzed terms of a question, originals before synonyms.</summary>
    public static IReadOnlyList<QueryTerm> Of(Analyzer analyzer, string question)
    {
        var terms = new List<QueryTerm>();
        using var stream = analyzer.GetTokenStream("text", question);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(new QueryTerm(term.ToString(), type.Type == SynonymFilter.TYPE_SYNONYM));
        stream.End();
        return terms
            .GroupBy(t => t.Text)
            .Select(group => group.FirstOrDefault(t => !t.IsSynonym) ?? group.First())
            .ToList();
    }
}
