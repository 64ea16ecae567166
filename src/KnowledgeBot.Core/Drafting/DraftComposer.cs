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
public sealed partial class DraftComposer(IOptions<HelplineOptions> helplines, IOptions<DraftingOptions> options, TimeProvider clock, ICommitteeLocator locator, PlaceVocabulary places)
{
    private readonly DraftPhrases _phrases = new(helplines.Value, options.Value);
    private readonly DraftingOptions _options = options.Value;

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
        var drafts = fixedLines.Select(lines => Assemble(message, triage, material, lines, [], committee, askPostalCode: triage != TriageLabel.Distress))
        .ToList();
        if (triage is TriageLabel.Normal or TriageLabel.Hostile)
        {
            if (!lowConfidence)
                drafts.AddRange(SubstanceVariants(message, material)
                    .Select(used => used.Where(u => u.Sentences.Count > 0).ToList())
                    .Where(used => used.Count > 0)
                    .Select(used => Assemble(message, triage, material, [], used, committee, askPostalCode: true)));
            // Nothing that answers: say so rather than pretend.
            if (drafts.Count == 0)
                drafts.Add(Assemble(message, triage, material, [DraftPhrases.ExpertWillAnswer(isShort)], [], committee, askPostalCode: true));
        }
        return drafts.DistinctBy(d => d.Text).Take(3).ToList();
    }

    /// <summary>The answer with the best passage, then the passages alone, then one sentence of the best source.</summary>
    private IEnumerable<IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)>> SubstanceVariants(IncomingMessage message, DraftMaterial material)
    {
        var sources = new List<SearchHit>();
        if (material.Answer is not null) sources.Add(material.Answer);
        sources.AddRange(material.Passages);
        var full = sources.Take(2).Select(h => (h, SentenceExtractor.Best(h.Passage, message.Text, h.Kind == DocumentKind.Answer ? 3 : 2, IsQuotable))).ToList();
        yield return full;
        if (material.Passages.Count > 0 && material.Answer is not null)
            yield return material.Passages.Select(h => (h, SentenceExtractor.Best(h.Passage, message.Text, 2, IsQuotable))).ToList();
        yield return [(sources[0], SentenceExtractor.Best(sources[0].Passage, message.Text, 1, IsQuotable))];
    }

    /// <summary>A past answer was written for someone else: its sentences about their place or their committee are not quoted.</summary>
    private bool IsQuotable(string sentence) =>
        !NamedCommittee().IsMatch(sentence) && locator.Locate(sentence) is null && !places.MentionsArea(sentence);

    /// <summary>"le comité du Pas-de-Calais", "comité de Paris": a particular committee, not "le comité" in general.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[Cc]omité (de la |de l'|de l’|du |des |de |d'|d’)\p{Lu}")]
    private static partial System.Text.RegularExpressions.Regex NamedCommittee();

    private Draft Assemble(IncomingMessage message, TriageLabel triage, DraftMaterial material, IReadOnlyList<string> lines,
        IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, CommitteeReferral? committee, bool askPostalCode)
    {
        var isShort = ChannelProfiles.Of(message.Channel).IsShort;
        if (isShort && used.Count > 0)
        {
            // A tweet quotes one sentence: of the source it links to when there is one, and cites only that source.
            var quoted = used.Any(u => u.Hit.Url is not null) ? used.First(u => u.Hit.Url is not null) : used[0];
            var best = SentenceExtractor.Best(quoted.Hit.Passage, message.Text, 1, IsQuotable);
            used = [(quoted.Hit, best.Count > 0 ? best : [quoted.Sentences[0]])];
        }
        var referral = committee is not null ? DraftPhrases.Referral(committee, isShort) : askPostalCode ? DraftPhrases.AskPostalCode(isShort) : null;
        var text = isShort
            ? ShortText(ChannelProfiles.Of(message.Channel).MaxLength!.Value, triage, lines, used, referral)
            : LongText(message.Channel, triage, lines, used, referral);
        var sources = used.Select(u => ToSource(u.Hit)).ToList();
        return new Draft(text, sources, committee, triage, material.Confidence);
    }

    private string LongText(Channel channel, TriageLabel triage, IReadOnlyList<string> lines, IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, string? referral)
    {
        var parts = new List<string> { DraftPhrases.Greeting, DraftPhrases.Empathy(triage, false) };
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
    private static string ShortText(int limit, TriageLabel triage, IReadOnlyList<string> lines, IReadOnlyList<(SearchHit Hit, IReadOnlyList<string> Sentences)> used, string? referral)
    {
        var link = used.Select(u => u.Hit.Url).FirstOrDefault(u => u is not null);
        string Build(string substance) => string.Join(" ", new[] { DraftPhrases.Greeting, DraftPhrases.Empathy(triage, true) }
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
