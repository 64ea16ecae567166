using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Model;

/// <summary>What the statistical model reads of a message: the stems of its words and of each pair of neighbours.</summary>
public static class TriageFeatures
{
    public static IReadOnlyList<(string Feature, string Surface)> Of(IReadOnlyList<TriageToken> tokens)
    {
        var features = new Dictionary<string, string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            features.TryAdd(tokens[i].Stem, tokens[i].Surface);
            if (i > 0)
                features.TryAdd(tokens[i - 1].Stem + "_" + tokens[i].Stem, tokens[i - 1].Surface + " " + tokens[i].Surface);
        }
        return [.. features.Select(f => (f.Key, f.Value))];
    }
}
