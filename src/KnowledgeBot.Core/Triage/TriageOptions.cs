namespace KnowledgeBot.Core.Triage;

/// <summary>Section <c>KnowledgeBot:Triage</c>.</summary>
public sealed class TriageOptions
{
    public const string Section = "KnowledgeBot:Triage";

    /// <summary>Folder of the rule files: <c>lexicon.txt</c>, one file per label and <c>spelling.tsv</c>.</summary>
    public string RulesDirectory { get; set; } = "corpus/triage";
}
