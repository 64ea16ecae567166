using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Privacy;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>How the console shows dates, channels, triage labels and search snippets, in French.</summary>
public static class ConsoleFormat
{
    private static readonly TimeZoneInfo Paris = FindParis();

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    public static string Channel(Channel channel) => channel switch
    {
        Core.Drafting.Channel.Email => "E-mail",
        Core.Drafting.Channel.Facebook => "Facebook",
        Core.Drafting.Channel.Twitter => "X (Twitter)",
        Core.Drafting.Channel.Forum => "Forum",
        _ => "Site (widget)",
    };

    public static string Triage(TriageLabel label) => label switch
    {
        TriageLabel.Distress => "Détresse",
        TriageLabel.Medical => "Médical",
        TriageLabel.Hostile => "Hostile",
        TriageLabel.OutOfScope => "Hors sujet",
        _ => "Normal",
    };

    /// <summary>The label with the distress level: « Détresse : danger », « Détresse : préoccupante ».</summary>
    public static string Triage(TriageLabel label, DistressLevel? level) => level switch
    {
        DistressLevel.Danger => Triage(label) + " : danger",
        DistressLevel.Concern => Triage(label) + " : préoccupante",
        _ => Triage(label),
    };

    /// <summary>The CSS class of a triage badge: <c>triage-distress-danger</c>, <c>triage-medical</c>...</summary>
    public static string TriageClass(TriageLabel label, DistressLevel? level) =>
        "triage-" + label.ToString().ToLowerInvariant() + (level is { } l ? "-" + l.ToString().ToLowerInvariant() : "");

    public static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.Page => "Page du site",
        DocumentKind.Answer => "Réponse passée",
        _ => "Fiche service-public.fr",
    };

    public static string Status(MessageStatus status) => status switch
    {
        MessageStatus.Sending => "Approuvé, envoi en cours",
        MessageStatus.Sent => "Approuvé et envoyé",
        MessageStatus.Rejected => "Rejeté",
        _ => "En attente",
    };

    public static string PersonalData(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Name => "noms",
        PersonalDataKind.Phone => "téléphones",
        PersonalDataKind.Email => "e-mails",
        PersonalDataKind.Address => "adresses",
        PersonalDataKind.BirthDate => "dates de naissance",
        _ => "numéros d'identification",
    };

    /// <summary>
    /// A search snippet as (text, highlighted) segments. The snippet marks matches with &lt;b&gt; and escapes the rest;
    /// the segments are decoded here and encoded again by Razor, so no markup from the index reaches the page.
    /// </summary>
    public static IEnumerable<(string Text, bool Highlighted)> Snippet(string snippet)
    {
        var highlighted = false;
        foreach (var part in snippet.Split(["<b>", "</b>"], StringSplitOptions.None))
        {
            if (part.Length > 0)
                yield return (System.Net.WebUtility.HtmlDecode(part), highlighted);
            highlighted = !highlighted;
        }
    }

    public static string Excerpt(string? text, int length = 140)
    {
        if (text is null)
            return "(message supprimé : durée de conservation écoulée)";
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..length] + "…";
    }

    private static TimeZoneInfo FindParis()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
