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
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The CM's time zone (Paris), in which the console shows dates and counts days.</summary>
    public static TimeZoneInfo TimeZone => Paris;

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).ToString("dd/MM/yyyy HH:mm", French);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    /// <summary>A delay as the CM says it: « 45 s », « 12 min », « 2 h 05 min », « 3 j 4 h »; « — » when unknown.</summary>
    public static string Duration(TimeSpan? delay) => delay switch
    {
        null => "—",
        { TotalSeconds: < 60 } d => $"{(int)d.TotalSeconds} s",
        { TotalMinutes: < 60 } d => $"{(int)d.TotalMinutes} min",
        { TotalHours: < 24 } d => $"{(int)d.TotalHours} h {d.Minutes:00} min",
        { } d => $"{(int)d.TotalDays} j {d.Hours} h",
    };

    /// <summary>A share as a French percentage (« 66,7 % »); « — » when there is nothing to divide.</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", French) + "\u00a0%" : "—";

    public static string Percent(int part, int whole) => Percent(whole == 0 ? null : (double)part / whole);

    public static string Channel(Channel channel) => ChannelProfiles.Of(channel).French;

    /// <summary>The label as a badge: « Détresse : danger », « Détresse : préoccupante », « Avis médical ».</summary>
    public static string Triage(TriageLabel label, DistressLevel? level)
    {
        var badge = Capitalized(TriageLabels.French(label));
        return level is { } l ? $"{badge} : {TriageLabels.French(l)}" : badge;
    }

    /// <summary>The words with a capital first letter, to open a line or a table row: « erronée » → « Erronée ».</summary>
    public static string Capitalized(string words) => words.Length == 0 ? words : char.ToUpper(words[0], French) + words[1..];

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

    public static string InboxState(InboxState state) => state switch
    {
        Console.InboxState.Untouched => "Non pris en charge",
        Console.InboxState.Unassigned => "Non attribué",
        Console.InboxState.AdviceAsked => "Avis demandé, en attente",
        _ => "Avis reçu",
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
