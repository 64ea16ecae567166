using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Model;

/// <summary>
/// What the statistical model reads of a message: the stems of its words, of each pair of neighbours, and the
/// four-letter pieces of each folded word (with its edges), which survive typos and SMS spellings the stems miss.
/// </summary>
public static class TriageFeatures
{
    private const int GramLength = 4;

    public static IReadOnlyList<(string Feature, string Surface)> Of(IReadOnlyList<TriageToken> tokens)
    {
        var features = new Dictionary<string, string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            features.TryAdd(tokens[i].Stem, tokens[i].Surface);
            if (i > 0)
                features.TryAdd(tokens[i - 1].Stem + "_" + tokens[i].Stem, tokens[i - 1].Surface + " " + tokens[i].Surface);
            var word = "<" + tokens[i].Folded + ">";
            if (word.Length > GramLength + 1)
                for (var g = 0; g + GramLength <= word.Length; g++)
                    features.TryAdd("~" + word.Substring(g, GramLength), tokens[i].Surface);
        }
        return [.. features.Select(f => (f.Key, f.Value))];
    }
}
