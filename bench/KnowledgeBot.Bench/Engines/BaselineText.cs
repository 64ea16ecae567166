using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Engines;

/// <summary>The whole text of a document as an off-the-shelf engine would index it: one body, plus the title apart.</summary>
public static class BaselineText
{
    public static string Body(Document document) =>
        string.Join("\n\n", new[] { document.Question, document.Description, document.FullText }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
