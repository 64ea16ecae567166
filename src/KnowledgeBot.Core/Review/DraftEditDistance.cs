namespace KnowledgeBot.Core.Review;

/// <summary>
/// How much the CM changed a suggested draft before sending it: the Levenshtein distance between the draft and the
/// reply sent, divided by the longer of the two (0 = sent as suggested, 1 = nothing kept).
/// </summary>
public static class DraftEditDistance
{
    /// <summary>The distance to the draft closest to the reply: the CM may have started from any of the alternatives.</summary>
    /// <returns>Null when no draft has a text.</returns>
    public static double? ToNearest(IEnumerable<string?> drafts, string sent)
    {
        double? nearest = null;
        foreach (var draft in drafts)
        {
            if (draft is null)
                continue;
            var distance = Normalized(draft, sent);
            if (nearest is null || distance < nearest)
                nearest = distance;
        }
        return nearest;
    }

    public static double Normalized(string draft, string sent)
    {
        // A browser's text box sends its line breaks as CRLF: that is no change of the CM's.
        var a = Clean(draft);
        var b = Clean(sent);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 0 : (double)Levenshtein(a, b) / longer;
    }

    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // A CM mostly adds a greeting or a signature: the common ends cost nothing and are left out of the table.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        a = a[..^suffix];
        b = b[..^suffix];
        if (a.Length == 0 || b.Length == 0)
            return a.Length + b.Length;

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
