using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// Searches passages, groups them by document (best passage plus a little of the others), weighs documents
/// by kind, puts the successor in place of a superseded answer, and highlights each document's best passage.
/// A short query (a keyword query or a short question) ranks whole documents instead (their title and all their text),
/// then shows each one's best passage.
/// </summary>
public sealed class LuceneKnowledgeSearch(IndexStore store, Analyzer queryAnalyzer, SearchOptions options) : IKnowledgeSearch
{
    private const int MaxSupersessionChain = 10;

    private readonly CoordinatedBM25Similarity similarity = new(options.CoordExponent);
    private readonly DocumentBM25Similarity documentSimilarity = new();
    private readonly float leastKindWeight = options.KindWeights.Values.DefaultIfEmpty(1f).Min();

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query) || request.Top <= 0)
            return [];
        var words = QueryTerms.Of(queryAnalyzer, request.Query);
        if (words.Count == 0)
            return store.WithSearcher(searcher => StopWordQueryFallback.Search(searcher, request)) ?? [];
        return store.WithSearcher(searcher => Search(new IndexSearcher(searcher.IndexReader) { Similarity = similarity }, words, request)) ?? [];
    }

    private List<SearchHit> Search(IndexSearcher searcher, IReadOnlyList<QueryWord> words, SearchRequest request)
    {
        // Rewritten once (fuzzy terms expanded) for both the search and the highlighter.
        var indexed = new IndexedTerms(searcher.IndexReader);
        var query = searcher.Rewrite(PassageQuery.Build(indexed, words, options));
        // A short query names a topic, whoever it is addressed to: whole documents are ranked. Kind weights apply in
        // full to a message, halved (in log terms) to a short question, not at all to keywords, however many.
        var isShort = words.Count <= options.ShortQueryWords;
        var kindWeightExponent = QueryShape.IsKeywordQuery(request.Query) ? 0f
            : isShort ? options.ShortQuestionKindWeightExponent
            : 1f;
        var rankingQuery = isShort
            ? searcher.Rewrite(PassageQuery.Build(indexed, words, options.DocumentFieldBoosts, options.SynonymWeight))
            : query;
        var filter = KindFilter(request.Kinds);
        var rankingSearcher = isShort ? new IndexSearcher(searcher.IndexReader) { Similarity = documentSimilarity } : searcher;
        var candidates = rankingSearcher.Search(rankingQuery, filter, options.CandidatePassages).ScoreDocs;

        var keys = new PassageKeys(searcher.IndexReader);
        var groups = new Dictionary<string, DocumentGroup>();
        foreach (var passage in candidates)
        {
            var id = keys.Id(passage.Doc);
            var (targetId, replaces) = keys.Status(passage.Doc) == DocumentStatus.Superseded
                ? (Successor(keys, keys.SupersededBy(passage.Doc)), id)
                : (id, null);
            if (targetId is null)
                continue;
            if (!groups.TryGetValue(targetId, out var group))
                groups[targetId] = group = new DocumentGroup(targetId, keys.Kind(passage.Doc));
            group.Add(passage, isOwnPassage: replaces is null, replaces);
            group.IsPendingValidation |= replaces is null && keys.Status(passage.Doc) == DocumentStatus.PendingValidation;
        }

        // A past answer was written for one person's case: to a short question it is the association's word only as far
        // as it covers the question's informative words, or an answer sharing « droit » and « année » buries the fiche on
        // carrying paid leave over.
        var answerCoverage = isShort && kindWeightExponent > 0f
            ? new QueryCoverage(indexed, rankingQuery, documentSimilarity).Of(groups.Values.Where(g => g.Kind == DocumentKind.Answer).Select(g => g.BestPassage))
            : null;
        var top = groups.Values
            .Select(group => (group, score: group.Score(options.OtherPassagesWeight) * KindPrior(group, kindWeightExponent, answerCoverage)
                * (group.IsPendingValidation ? options.PendingValidationWeight : 1f)))
            .Where(ranked => request.Kinds is null || request.Kinds.Contains(ranked.group.Kind))
            .OrderByDescending(ranked => ranked.score)
            .ThenBy(ranked => ranked.group.Id, StringComparer.Ordinal)
            .Take(request.Top)
            .ToList();
        // A document ranked whole, or a successor that only its superseded answer brought in, has no passage of its own
        // among the candidates: it shows its passage that best matches the question.
        var lookedFor = BestPassages.Of(searcher, query, [.. top.Where(ranked => isShort || ranked.group.BestOwnPassage is null).Select(ranked => ranked.group.Id)]);
        var highlighter = new SnippetHighlighter(query, IndexStore.IndexAnalyzer);
        return [.. top.Select(ranked =>
        {
            var shown = !isShort && ranked.group.BestOwnPassage is { } own ? own.Doc
                : lookedFor.TryGetValue(ranked.group.Id, out var best) ? best
                : keys.FirstPassage(ranked.group.Id)!.Value;
            return ToHit(searcher.Doc(shown), ranked.group, ranked.score, highlighter);
        })];
    }

    /// <summary>
    /// The document's kind weight to the query's exponent; a document whose coverage of the query is known earns its
    /// kind's advantage over the least-weighted kind in proportion to that coverage.
    /// </summary>
    private float KindPrior(DocumentGroup group, float exponent, Dictionary<int, float>? coverage)
    {
        var share = coverage is not null && coverage.TryGetValue(group.BestPassage, out var covered) ? covered : 1f;
        return MathF.Pow(leastKindWeight, exponent) * MathF.Pow(KindWeight(group.Kind) / leastKindWeight, exponent * share);
    }

    private float KindWeight(DocumentKind kind) =>
        options.KindWeights.TryGetValue(PassageDocuments.KindName(kind), out var weight) ? weight : 1f;

    private static Filter? KindFilter(IReadOnlySet<DocumentKind>? kinds)
    {
        if (kinds is null)
            return null;
        var anyKind = new BooleanQuery();
        foreach (var kind in kinds)
            anyKind.Add(new TermQuery(new Term(IndexFields.Kind, PassageDocuments.KindName(kind))), Occur.SHOULD);
        return new QueryWrapperFilter(anyKind);
    }

    /// <summary>The current answer at the end of a superseded answer's chain of successors; null if a successor is missing from the index.</summary>
    private static string? Successor(PassageKeys keys, string? successor)
    {
        for (var hop = 0; hop < MaxSupersessionChain && successor is not null; hop++)
        {
            if (keys.FirstPassage(successor) is not { } first)
                return null;
            if (keys.Status(first) != DocumentStatus.Superseded)
                return successor;
            successor = keys.SupersededBy(first);
        }
        return null;
    }

    private static SearchHit ToHit(LuceneDocument stored, DocumentGroup group, float score, SnippetHighlighter highlighter)
    {
        var heading = stored.Get(IndexFields.Heading);
        var text = stored.Get(IndexFields.Text);
        return new SearchHit(
            Id: group.Id,
            Url: stored.Get(IndexFields.Url),
            Kind: PassageDocuments.Kind(stored),
            Title: stored.Get(IndexFields.Title),
            Score: score,
            LazySnippet: new Lazy<Snippet>(() => highlighter.Highlight(text)),
            Passage: heading is null ? text : $"{heading}\n{text}",
            Modified: PassageDocuments.Modified(stored),
            Status: PassageDocuments.Status(stored),
            Replaces: group.Replaces);
    }

    private sealed class DocumentGroup(string id, DocumentKind kind)
    {
        private readonly List<float> scores = [];

        public string Id { get; } = id;
        public DocumentKind Kind { get; } = kind;
        public ScoreDoc? BestOwnPassage { get; private set; }
        public string? Replaces { get; private set; }
        public bool IsPendingValidation { get; set; }

        /// <summary>The document's best-scoring passage (candidates arrive best first).</summary>
        public int BestPassage { get; private set; } = -1;

        public void Add(ScoreDoc passage, bool isOwnPassage, string? replaces)
        {
            if (BestPassage < 0)
                BestPassage = passage.Doc;
            scores.Add(passage.Score);
            if (isOwnPassage)
                BestOwnPassage ??= passage;
            else
                Replaces ??= replaces;
        }

        public float Score(float otherPassagesWeight) => scores.Max() + otherPassagesWeight * (scores.Sum() - scores.Max());
    }
}
