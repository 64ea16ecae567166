using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Core.Persistence;

/// <summary>Where the index and the database live (section <c>KnowledgeBot</c>).</summary>
public sealed class DataOptions
{
    public const string Section = "KnowledgeBot";

    /// <summary>Relative paths resolve against <see cref="KnowledgeBotHome"/>.</summary>
    public string DataDirectory { get; set; } = "data";

    public string ResolvedDataDirectory => KnowledgeBotHome.Resolve(DataDirectory);
}
