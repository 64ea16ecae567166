using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// Writes the French drafts from the triage, the material and the place: greeting, empathy, substance taken
/// verbatim from the sources, "Sources :" with the public URLs used (a past answer has none: it is cited to the
/// CM by its id in <see cref="Draft.Sources"/>), referral or postal-code request, sign-off.
/// </summary>
public sealed class DraftComposer(IOptions<HelplineOptions> helplines, IOptions<DraftingOptions> options, TimeProvider clock, ICommitteeLocator locator, PlaceVocabulary places)
{
    private readonly DraftPhrases _phrases = new(helplines.Value, options.Value);
    private readonly DraftingOptions _options = options.Value;
    private readonly SentencePlaces _sentencePlaces = new(locator, places);

    /// <summary>Best draft first, then up to two alternatives (other sources, shorter).</summary>
    public IReadOnlyList<Draft> Compose(IncomingMessage message, TriageLabel triage, DraftMaterial material, CommitteeReferral? committee)
    {
        var isShort = ChannelProfiles.Of(message.Channel).IsShort;
        var lowConfidence = material.Confidence < _options.LowConfidenceBelow;
        if (triage == TriageLabel.OutOfScope)
            return [Assemble(message, triage, material, [DraftPhrases.OutOfScope(isShort)], [], null, askPostalCode: false)];

        List<List<string>> fixedLines = triage switch
        {
            TriageLabel.Distress => [[_phrases.Helplines(isShort)], [_phrases.Helplines(true)]],
            TriageLabel.Medical => [[_phrases.NoMedicalAdvice(isShort)], [_phrases.NoMedicalAdvice(true)]],
            _ => [],
        };
        var reading = MessageReading.Of(message.Text);
        var substance = triage == TriageLabel.Distress || material.All.Count == 0 ? [] : SubstanceVariants(message, reading, material)
            .Select(used => used.Where(u => u.Sentences.Count > 0).ToList())
            .Where(used => used.Count > 0)
            .ToList();
        var drafts = new List<Draft>();
        // A medical question often has a general side the vetted sources answer (a screening interval, a rule):
        // the reply says first that only the care team can advise, then gives that information.
        if (triage == TriageLabel.Medical && !lowConfidence && substance.Count > 0)
            drafts.Add(Assemble(message, triage, material, [_phrases.NoMedicalAdvice(isShort), DraftPhrases.GeneralInformation], substance[0], committee, askPostalCode: true));
        drafts.AddRange(fixedLines.Select(lines => Assemble(message, triage, material, lines, [], committee, askPostalCode: triage != TriageLabel.Distress)));
        if (triage is TriageLabel.Normal or TriageLabel.Hostile)
        {
            // Unsure material: what the sources say comes with the promise that an expert checks it, and the bare
            // holding reply is the alternative; nothing that answers: the holding reply alone.
            var covering = substance.FirstOrDefault(used => SaysEveryWordAsked(used, reading));
            if (lowConfidence && covering is not null)
                drafts.Add(Assemble(message, triage, material, [DraftPhrases.ExpertWillCheck(isShort)], covering, committee, askPostalCode: true));
            if (lowConfidence || substance.Count == 0)
                drafts.Add(Assemble(message, triage, material, [DraftPhrases.ExpertWillAnswer(isShort)], [], committee, askPostalCode: true));
            if (!lowConfidence)
                drafts.AddRange(substance.Select(used => Assemble(message, triage, material, [], used, committee, askPostalCode: true)));
        }
        return drafts.DistinctBy(d => d.Text).Take(3).ToList();
    }

    /// <summary>The answer with the best passage, then the passages alone, then one sentence of the best source.</summary>
    private IEnumerable<IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)>> SubstanceVariants(IncomingMessage message, MessageReading reading, DraftMaterial material)
    {
        var sources = new List<SearchHit>();
        if (material.Answer is not null) sources.Add(material.Answer);
        sources.AddRange(material.Passages);
        if (sources.Count == 0)
            yield break;
        IReadOnlyList<string> Best(SearchHit hit, int count) => SentenceExtractor.Best(hit.Passage, reading, count, s => IsQuotable(s, hit, message));
        yield return WithoutRepeats([.. sources.Take(2).Select(h => (h, Best(h, h.Kind == DocumentKind.Answer ? 3 : 2)))]);
        if (material.Passages.Count > 0 && material.Answer is not null)
            yield return WithoutRepeats([.. material.Passages.Select(h => (h, Best(h, 2)))]);
        yield return [(sources[0], Best(sources[0], 1))];
    }

    /// <summary>
    /// Unsure material is quoted only when its titles and sentences say every word the questions ask about: a page on
    /// the invalidity pension is no answer to a question on the survivor's pension, whatever else they share.
    /// </summary>
    private static bool SaysEveryWordAsked(IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, MessageReading message)
    {
        var said = SentenceExtractor.ContentWords(string.Join(" ", used.Select(u => u.Hit.Title + " " + string.Join(" ", u.Sentences))));
        return message.Asked.All(said.Contains);
    }

    /// <summary>
    /// A sentence about a particular place or committee is not quoted (it was written for someone who lives there), nor
    /// a past answer's sentence about that person's age, amounts, relatives or cancer.
    /// </summary>
    private bool IsQuotable(string sentence, SearchHit hit, IncomingMessage message) =>
        !_sentencePlaces.NamesAPlace(sentence)
        && (hit.Kind != DocumentKind.Answer || !PersonalDetails.AboutSomeoneElse(sentence, message.Text));

    /// <summary>Most of its words already said by a sentence before it: a second source saying the same thing is not quoted twice.</summary>
    private const double RepeatOverlap = 0.6;

    private static List<(SearchHit Hit, IReadOnlyList<string> Sentences)> WithoutRepeats(List<(SearchHit Hit, IReadOnlyList<string> Sentences)> used)
    {
        var said = new List<HashSet<string>>();
        var result = new List<(SearchHit, IReadOnlyList<string>)>();
        foreach (var (hit, sentences) in used)
        {
            var kept = new List<string>();
            foreach (var sentence in sentences)
            {
                var words = SentenceExtractor.ContentWords(sentence);
                if (said.Any(s => Overlap(s, words) >= RepeatOverlap))
                    continue;
                said.Add(words);
                kept.Add(sentence);
            }
            // What is left of a source must still stand on its own.
            while (kept.Count > 0 && SentenceExtractor.LeansOnPrevious(kept[0]))
                kept.RemoveAt(0);
            result.Add((hit, kept));
        }
        return result;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    private Draft Assemble(IncomingMessage message, TriageLabel triage, DraftMaterial material, IReadOnlyList<string> lines,
        IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, CommitteeReferral? committee, bool askPostalCode)
    {
        var profile = ChannelProfiles.Of(message.Channel);
        var isShort = profile.IsShort;
        if (isShort && used.Count > 0)
        {
            // A tweet quotes one sentence: of the source it links to when there is one, and cites only that source.
            var quoted = used.Any(u => u.Hit.Url is not null) ? used.First(u => u.Hit.Url is not null) : used[0];
            var best = SentenceExtractor.Best(quoted.Hit.Passage, message.Text, 1, s => IsQuotable(s, quoted.Hit, message));
            used = [(quoted.Hit, best.Count > 0 ? best : [quoted.Sentences[0]])];
        }
        var referral = committee is not null ? DraftPhrases.Referral(committee, isShort) : askPostalCode ? DraftPhrases.AskPostalCode(isShort) : null;
        var opening = DraftPhrases.Opening(triage, message.Text, isShort, givesInformation: used.Count > 0);
        var text = isShort
            ? ShortText(profile.MaxLength!.Value, opening, lines, used, referral)
            : LongText(message.Channel, opening, lines, used, referral);
        var sources = used.Select(u => ToSource(u.Hit)).ToList();
        return new Draft(text, sources, committee, triage, material.Confidence);
    }

    private string LongText(Channel channel, string opening, IReadOnlyList<string> lines, IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, string? referral)
    {
        var parts = new List<string> { DraftPhrases.Greeting, opening };
        parts.AddRange(lines);
        parts.AddRange(used.Select(u => string.Join(" ", u.Sentences)));
        var cited = used.Where(u => u.Hit.Url is not null).ToList();
        if (cited.Count > 0)
            parts.Add("Sources :\n" + string.Join("\n", cited.Select(u => $"- {u.Hit.Title}{DateSuffix(u.Hit)} : {u.Hit.Url}")));
        if (referral is not null)
            parts.Add(referral);
        parts.Add(_phrases.SignOff(channel));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    /// <summary>The whole reply within the channel's limit: the substance is cut (at a word, with "…") before anything else.</summary>
    private static string ShortText(int limit, string opening, IReadOnlyList<string> lines, IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, string? referral)
    {
        var link = used.Select(u => u.Hit.Url).FirstOrDefault(u => u is not null);
        string Build(string substance) => string.Join(" ", new[] { DraftPhrases.Greeting, opening }
            .Concat(lines).Append(substance).Append(link ?? "").Append(referral ?? "").Where(p => p.Length > 0));
        var substance = used.Count > 0 ? used[0].Sentences[0] : "";
        var text = Build(substance);
        var excess = text.Length - limit;
        if (excess > 0 && substance.Length > 0)
            text = Build(substance.Length - excess - 1 > 20 ? CutAtWord(substance, substance.Length - excess - 1) : "");
        return text.Length <= limit ? text : text[..limit];
    }

    private static string CutAtWord(string sentence, int maxLength)
    {
        var cut = sentence[..maxLength];
        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':') + "…";
    }

    private static string DateSuffix(SearchHit hit) => hit.Modified is { } date ? $" ({date:dd/MM/yyyy})" : "";

    private DraftSource ToSource(SearchHit hit) => new(
        hit.Id, hit.Url, hit.Title, hit.Kind, hit.Modified,
        hit.Modified is { } date && date < clock.GetUtcNow().AddYears(-_options.StaleAfterYears));
}
