namespace KnowledgeBot.Core.Committees;

/// <summary>Section <c>KnowledgeBot:Committees</c>; relative paths resolve from the repository root.</summary>
public sealed class CommitteeOptions
{
    public const string Section = "KnowledgeBot:Committees";

    public string CommitteesFile { get; set; } = "corpus/committees.json";
    public string CommunesFile { get; set; } = "corpus/communes.tsv";
    public string LocatorDirectory { get; set; } = "corpus/locator";
}
