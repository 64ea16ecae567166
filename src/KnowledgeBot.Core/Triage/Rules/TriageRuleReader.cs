using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>
/// Reads a rule folder: <c>lexicon.txt</c> (word classes shared by all labels, <c>@negation</c> among them), one file
/// per label (<c>distress.txt</c>, <c>medical.txt</c>, <c>hostile.txt</c>, <c>out_of_scope.txt</c>) and
/// <c>spelling.tsv</c>. The format is described in <c>corpus/triage/README.md</c>; a mistake stops with <c>file:line: problem</c>.
/// </summary>
public static class TriageRuleReader
{
    /// <summary>The labels with rules, in order of precedence.</summary>
    public static readonly TriageLabel[] Precedence = [TriageLabel.Distress, TriageLabel.Medical, TriageLabel.Hostile, TriageLabel.OutOfScope];

    public const string NegationClass = "negation";

    /// <summary>The class of the words that place a message in the association's domain (optional).</summary>
    public const string DomainClass = "dans-le-sujet";

    public static TriageRules Read(string directory)
    {
        var atoms = new AtomTable();
        var parser = new TriageRuleParser(atoms);
        parser.Read(Path.Combine(directory, "lexicon.txt"), label: null);
        foreach (var label in Precedence)
            parser.Read(Path.Combine(directory, TriageLabels.Name(label) + ".txt"), label);
        var negation = parser.Class(NegationClass) ?? throw new SourceFormatException(Path.Combine(directory, "lexicon.txt"), 0, $"the class @{NegationClass} is missing");
        return new TriageRules(
            new TriageTokenizer(ReadSpellings(Path.Combine(directory, "spelling.tsv")), atoms.Words),
            atoms,
            parser.Concepts,
            parser.Idioms,
            parser.Recoveries,
            [.. negation.Select(run => run[0])],
            [.. (parser.Class(DomainClass) ?? []).Select(run => run[0])]);
    }

    public static IReadOnlyDictionary<string, string[]> ReadSpellings(string path)
    {
        const string expected = "variant<TAB>spelling";
        var spellings = new Dictionary<string, string[]>();
        foreach (var (line, fields) in TabSeparatedFile.Read(path, 2, expected))
        {
            if (fields[1].Trim().Length == 0)
                throw new SourceFormatException(path, line, $"expected '{expected}'");
            spellings[Text.TextFolding.Fold(fields[0].Trim())] = [.. Text.TextFolding.Words(fields[1])];
        }
        return spellings;
    }
}
