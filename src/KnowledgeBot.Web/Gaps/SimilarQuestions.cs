namespace KnowledgeBot.Web.Gaps;

/// <summary>
/// Groups questions that ask the same thing: two are alike when their content-word stems overlap by at least
/// <see cref="MinSimilarity"/> (Jaccard), and a group is every question linked to another by a chain of alike pairs
/// (single link). Deterministic: the same items in the same order always give the same groups.
/// </summary>
public static class SimilarQuestions
{
    /// <summary>A third of their words in common (« la perruque est-elle remboursée ? » and « remboursement d'une perruque »).</summary>
    public const double MinSimilarity = 1.0 / 3;

    /// <returns>The groups, each in the items' order, the group of the earliest item first.</returns>
    public static IReadOnlyList<IReadOnlyList<T>> Group<T>(IReadOnlyList<T> items, Func<T, IReadOnlySet<string>> contentWords)
    {
        var words = items.Select(contentWords).ToList();
        var root = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
                if (Similarity(words[i], words[j]) >= MinSimilarity)
                    root[Find(root, j)] = Find(root, i);
        return [.. Enumerable.Range(0, items.Count).GroupBy(i => Find(root, i)).Select(g => (IReadOnlyList<T>)[.. g.Select(i => items[i])])];
    }

    /// <summary>Shared words over all their words; 0 when either has no content word.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    }
}
