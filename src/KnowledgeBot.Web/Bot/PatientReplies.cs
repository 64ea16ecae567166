using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// What the bot may say at once, before the CM: fixed sentences, vetted material verbatim (title, snippet, link),
/// the committee referral and, for distress, the helplines. Never free-form drafted text.
/// </summary>
public sealed class PatientReplies(IOptions<WebOptions> options, IOptions<HelplineOptions> helplines)
{
    private const int MaterialShown = 3;

    public IReadOnlyList<IActivity> For(DraftSuggestion suggestion)
    {
        var replies = new List<IActivity>();
        if (suggestion.Triage == TriageLabel.Distress)
            replies.Add(Helplines());

        var material = suggestion.Material
            .Where(hit => hit.Url is not null && hit.Status == DocumentStatus.Current && hit.Kind != DocumentKind.Answer)
            .Take(MaterialShown)
            .ToList();
        if (material.Count > 0)
        {
            var reply = MessageFactory.Attachment(material.Select(hit => new HeroCard
            {
                Title = hit.Title,
                Text = PlainSnippet(hit.Snippet),
                Buttons = [new CardAction(ActionTypes.OpenUrl, "Lire la page", value: hit.Url)],
            }.ToAttachment()).ToList(), "Voici des informations vérifiées qui peuvent vous aider :");
            reply.AttachmentLayout = AttachmentLayoutTypes.List;
            replies.Add(reply);
        }

        if (suggestion.Triage == TriageLabel.Medical)
            replies.Add(MessageFactory.Text("Pour toute question sur votre santé ou votre traitement, votre équipe soignante est la mieux placée pour vous répondre."));

        if (suggestion.Committee is { } committee)
        {
            var referral = MessageFactory.Attachment(new HeroCard
            {
                Title = committee.Name,
                Text = committee.IsNearestOnly
                    ? "Il n'y a pas de comité là où vous vivez : celui-ci, le plus près, peut vous accompagner."
                    : "Le comité de votre département peut vous accompagner près de chez vous.",
                Buttons = [new CardAction(ActionTypes.OpenUrl, "Contacter le comité", value: committee.Url)],
            }.ToAttachment());
            replies.Add(referral);
        }

        replies.Add(MessageFactory.Text("Merci pour votre message. Un membre de l'équipe va vous répondre."));
        return replies;
    }

    public IActivity Helplines()
    {
        var numbers = helplines.Value;
        return MessageFactory.Text(
            "Vous n'êtes pas seul·e. Si vous êtes en détresse, appelez maintenant :\n" +
            $"{numbers.ListeningLine} : ligne d'écoute de l'association, gratuite et anonyme\n" +
            $"{numbers.SuicidePrevention} : numéro national de prévention du suicide, 24 h/24 et 7 j/7\n" +
            $"{numbers.Emergency} : SAMU, en cas d'urgence vitale");
    }

    public IActivity TooLong() =>
        MessageFactory.Text($"Votre message est trop long ({options.Value.MaxMessageLength} caractères au plus). Pouvez-vous le raccourcir ?");

    /// <summary>The search snippet as plain text; a cut sentence ends with "…".</summary>
    private static string PlainSnippet(Snippet snippet)
    {
        var text = snippet.Text.Trim();
        return text.Length == 0 || ".!?…»)".Contains(text[^1]) ? text : text + " …";
    }
}
