using KnowledgeBot.Core.Triage.Matching;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Triage.Model;

/// <summary>
/// What the statistical model reads of a message: the stems of its words, of each pair of neighbours, and the
/// four-letter pieces of each folded word (with its edges), which survive typos and SMS spellings the stems miss;
/// and whether the message says no word of the association's domain (what most out-of-scope messages share).
/// </summary>
public static class TriageFeatures
{
    private const int GramLength = 4;

    public const string OutsideTheDomain = "#hors-domaine";

    public static IReadOnlyList<(string Feature, string Surface)> Of(TriageRules rules, MatchContext context)
    {
        var tokens = context.Tokens;
        var features = new Dictionary<string, string>();
        if (!rules.SpeaksOfTheDomain(context))
            features[OutsideTheDomain] = "(aucun mot du domaine)";
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
