using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Search;

namespace KnowledgeBot.Core.Drafting;

/// <summary>The documents a draft may draw from, best first, with how sure the match is.</summary>
/// <param name="Answer">The best current past expert answer, if one matches well enough.</param>
/// <param name="Passages">The best page and fiche passages, newest source preferred when they cover the same point.</param>
public sealed record DraftMaterial(SearchHit? Answer, IReadOnlyList<SearchHit> Passages, IReadOnlyList<SearchHit> All, double Confidence)
{
    /// <summary>Within this share of the best score, a hit is still about the question.</summary>
    private const double CloseScore = 0.4;

    /// <summary>An old fiche gives way to a newer page or answer scoring at least this share of the fiche's score.</summary>
    private const double NewerCovers = 0.6;

    /// <summary>The search score at which the score half of the confidence reaches one half (Lucene scores are not normalised).</summary>
    private const double GoodScore = 10.0;

    public static DraftMaterial From(IReadOnlyList<SearchHit> hits, string message)
    {
        var usable = hits.Where(h => h.Status != DocumentStatus.Superseded).ToList();
        if (usable.Count == 0)
            return new DraftMaterial(null, [], [], 0);
        var top = usable.Max(h => h.Score);
        var close = usable.Where(h => h.Score >= top * CloseScore).ToList();
        var answer = close.FirstOrDefault(h => h.Kind == DocumentKind.Answer && h.Status == DocumentStatus.Current);
        var asked = MessageReading.Of(message).Asked;
        // The association's pages first; a fiche where no page or answer matches, or where it ranks first although
        // fiches weigh less, unless a newer page or answer matching nearly as well says as much of what is asked.
        var pages = close.Where(h => h.Kind == DocumentKind.Page).Take(2).ToList();
        var fiche = close.FirstOrDefault(h => h.Kind == DocumentKind.Fiche && !IsCoveredByNewer(h, close, asked));
        List<SearchHit> passages = fiche is null ? pages
            : pages.Count == 0 && answer is null ? [fiche]
            : fiche == usable[0] ? [fiche, .. pages]
            : pages;
        return new DraftMaterial(answer, passages, usable, ConfidenceOf(usable[0], answer ?? passages.FirstOrDefault(), message));
    }

    /// <summary>
    /// A fiche (2020 snapshot) is left out when a newer page or current answer matches nearly as well and says as much of
    /// what is asked: then they cover the same point, and the newer one is right (the droit à l'oubli went from 10 to 5 years).
    /// </summary>
    private static bool IsCoveredByNewer(SearchHit fiche, IReadOnlyList<SearchHit> close, IReadOnlySet<string> asked) =>
        close.Any(h => h.Kind != DocumentKind.Fiche && h.Status == DocumentStatus.Current
                       && h.Score >= fiche.Score * NewerCovers
                       && (h.Modified ?? DateTimeOffset.MinValue) > (fiche.Modified ?? DateTimeOffset.MinValue)
                       && AskedWordsSaid(h, asked) >= AskedWordsSaid(fiche, asked));

    /// <summary>How many of the words of the message's questions a document's title and best passage say.</summary>
    private static int AskedWordsSaid(SearchHit hit, IReadOnlySet<string> asked)
    {
        var said = SentenceExtractor.ContentWords(hit.Title + " " + hit.Passage);
        return asked.Count(said.Contains);
    }

    /// <summary>Three fifths from the best score, two fifths from the share of the message's words that the chosen source contains.</summary>
    private static double ConfidenceOf(SearchHit best, SearchHit? used, string message)
    {
        if (used is null)
            return 0;
        var scorePart = best.Score / (best.Score + GoodScore);
        var wanted = SentenceExtractor.ContentWords(message);
        var found = SentenceExtractor.ContentWords(used.Title + " " + used.Passage);
        var coverage = wanted.Count == 0 ? 0 : (double)wanted.Count(found.Contains) / wanted.Count;
        return Math.Round(scorePart * 0.6 + coverage * 0.4, 2);
    }
}
