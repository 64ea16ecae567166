using System.Net;
using Microsoft.Bot.Schema;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// What an activity posted to <c>/api/messages</c> must be before the adapter runs it: a typed activity with a
/// conversation, a channel that is not this host's own widget, and an http(s) service URL — on this machine when
/// no token is checked, so that an unauthenticated caller can never make the host call an address of its choice.
/// </summary>
public static class IncomingActivityCheck
{
    /// <returns>Null when the activity may be processed; otherwise what is wrong, in French.</returns>
    public static string? Problem(Activity? activity, bool tokensChecked)
    {
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return "L'activité n'a pas de type.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return "L'activité n'a pas de conversation.";
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
            return "L'activité n'a pas de canal.";
        if (string.Equals(activity.ChannelId, WidgetChannelMiddleware.ChannelId, StringComparison.OrdinalIgnoreCase))
            return "Le canal « widget » est réservé au widget du site.";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
            return "L'activité n'a pas d'adresse de service (serviceUrl) valide.";
        if (!tokensChecked && !IsOnThisMachine(serviceUrl))
            return "Sans identifiant d'application, seuls les canaux de cette machine (émulateur) sont acceptés.";
        return null;
    }

    private static bool IsOnThisMachine(Uri url) =>
        url.IsLoopback || IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address);
}
