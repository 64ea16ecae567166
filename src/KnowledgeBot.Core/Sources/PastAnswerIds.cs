namespace KnowledgeBot.Core.Sources;

/// <summary>Past answers are identified as <c>answer:</c> + their id (docs/architecture.md).</summary>
public static class PastAnswerIds
{
    public const string Prefix = "answer:";

    public static string DocumentId(string answerId) => Prefix + answerId;
}
