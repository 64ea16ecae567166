using System.Text.RegularExpressions;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// What kind of text a query is. A keyword query (« arrêt maladie salaire », « 13eme mois », « licenciement après
/// arrêt maladie longue durée ») names a topic, as the CM types it, however many words it has; a message is written to
/// someone (a question or exclamation mark, a personal pronoun or possessive), as a person writes to the association,
/// even when it is short (« vous financez que la recherche ? »).
/// </summary>
public static partial class QueryShape
{
    public static bool IsKeywordQuery(string query) => !AddressedToSomeone().IsMatch(query);

    [GeneratedRegex(@"[?!]|\b(?:je|j|tu|vous|nous|on|il|elle|ils|elles|moi|toi|mon|ma|mes|ton|ta|tes|votre|vos|notre|nos|son|sa|ses|leur|leurs|c'est|c’est|ça)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressedToSomeone();
}
