using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Documents;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// A query made only of stop words (« Qui sommes-nous ? », « À quoi ça sert ? ») has nothing left to search once
/// analysed; it is then looked for, word for word, in the documents' titles, where such phrases name a page.
/// </summary>
internal static class StopWordQueryFallback
{
    public static List<SearchHit> Search(IndexSearcher searcher, SearchRequest request)
    {
        var words = FrenchNormalization.Words(request.Query);
        if (words.Count == 0)
            return [];
        var keys = new PassageKeys(searcher.IndexReader);
        var found = new List<(SearchHit Hit, float Score)>();
        // A document's title is on each of its passages: its first passage is enough, and only its title is read
        // until it matches (reading every passage whole took half a second on the 20k-passage index).
        var firstPassages = NumericRangeQuery.NewInt32Range(IndexFields.Ordinal, 0, 0, minInclusive: true, maxInclusive: true);
        // Counted first: a collector sized for every passage would hold one entry per passage, not per document.
        var documents = new TotalHitCountCollector();
        searcher.Search(firstPassages, documents);
        foreach (var passage in searcher.Search(firstPassages, Math.Max(1, documents.TotalHits)).ScoreDocs.Select(hit => hit.Doc))
        {
            if (keys.Status(passage) == DocumentStatus.Superseded || request.Kinds is not null && !request.Kinds.Contains(keys.Kind(passage)))
                continue;
            var titleOnly = new DocumentStoredFieldVisitor(IndexFields.Title);
            searcher.Doc(passage, titleOnly);
            var title = titleOnly.Document.Get(IndexFields.Title) ?? "";
            var titleWords = FrenchNormalization.Words(title);
            if (!ContainsRun(titleWords, words))
                continue;
            var score = words.Count / (float)titleWords.Count;
            var stored = searcher.Doc(passage);
            var text = stored.Get(IndexFields.Text) ?? "";
            var heading = stored.Get(IndexFields.Heading);
            found.Add((new SearchHit(keys.Id(passage), stored.Get(IndexFields.Url), keys.Kind(passage), title, score,
                new Lazy<Snippet>(() => new Snippet(SnippetHighlighter.Opening(text), [])),
                heading is null ? text : $"{heading}\n{text}", PassageDocuments.Modified(stored), keys.Status(passage)), score));
        }
        return found.OrderByDescending(f => f.Score).ThenBy(f => f.Hit.Id, StringComparer.Ordinal).Take(request.Top).Select(f => f.Hit).ToList();
    }

    private static bool ContainsRun(List<string> title, List<string> words)
    {
        for (var start = 0; start + words.Count <= title.Count; start++)
        {
            if (words.Select((word, i) => title[start + i] == word).All(match => match))
                return true;
        }
        return false;
    }
}
