using System.Text.RegularExpressions;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Core.Triage;

/// <summary>Reads <c>distress.txt</c>, <c>medical.txt</c>, <c>hostile.txt</c>, <c>out_of_scope.txt</c> and <c>spelling.tsv</c> (format: <c>corpus/triage/README.md</c>).</summary>
public static class TriageRuleFiles
{
    /// <summary>The labels with rules, in order of precedence.</summary>
    public static readonly TriageLabel[] Precedence = [TriageLabel.Distress, TriageLabel.Medical, TriageLabel.Hostile, TriageLabel.OutOfScope];

    public static IReadOnlyList<TriageRuleSet> LoadRuleSets(string directory) =>
        Precedence.Select(label => LoadRuleSet(label, Path.Combine(directory, TriageLabels.Name(label) + ".txt"))).ToList();

    public static TriageRuleSet LoadRuleSet(TriageLabel label, string path)
    {
        var patterns = new List<Regex>();
        var nearMisses = new List<Regex>();
        var typoWords = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('~'))
                typoWords.Add(line[1..].Trim());
            else if (line.StartsWith('!'))
                nearMisses.Add(Compile(line[1..].Trim(), path, lineNumber));
            else
                patterns.Add(Compile(line, path, lineNumber));
        }
        return new TriageRuleSet(label, patterns, nearMisses, typoWords);
    }

    public static IReadOnlyDictionary<string, string> LoadSpellings(string path)
    {
        var spellings = new Dictionary<string, string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 2)
                throw new SourceFormatException(path, lineNumber, "expected 'variant<TAB>spelling'");
            spellings[fields[0]] = fields[1];
        }
        return spellings;
    }

    private static Regex Compile(string pattern, string path, int line)
    {
        try
        {
            // Linear-time matching: no catastrophic backtracking, so no time-out to hit on a busy machine.
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException e)
        {
            throw new SourceFormatException(path, line, $"invalid pattern: {e.Message}");
        }
    }
}
