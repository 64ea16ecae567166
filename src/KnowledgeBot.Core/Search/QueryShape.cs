using System.Text.RegularExpressions;

namespace KnowledgeBot.Core.Search;

/// <summary>
/// What kind of text a query is. A keyword query (« arrêt maladie salaire », « 13eme mois ») names a topic, as the CM
/// types it; a message is written to someone (a question or exclamation mark, a personal pronoun or possessive), as
/// a person writes to the association, even when it is short (« vous financez que la recherche ? »).
/// </summary>
public static partial class QueryShape
{
    /// <param name="words">The query's words after analysis.</param>
    public static bool IsKeywordQuery(string query, int words, int keywordQueryWords) =>
        words <= keywordQueryWords && !AddressedToSomeone().IsMatch(query);

    [GeneratedRegex(@"[?!]|\b(?:je|j|tu|vous|nous|on|il|elle|ils|elles|moi|toi|mon|ma|mes|ton|ta|tes|votre|vos|notre|nos|son|sa|ses|leur|leurs|c'est|c’est|ça)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressedToSomeone();
}
