namespace KnowledgeBot.Core.Configuration;

/// <summary>The "KnowledgeBot" section of appsettings.json. Relative paths resolve via <see cref="KnowledgeBotHome"/>.</summary>
public sealed class KnowledgeBotOptions
{
    public const string Section = "KnowledgeBot";

    /// <summary>Where the index (<c>index/</c>) and the database live.</summary>
    public string DataDirectory { get; set; } = "data";

    public SourcesOptions Sources { get; set; } = new();

    public AnalysisOptions Analysis { get; set; } = new();

    public string IndexDirectory => Path.Combine(KnowledgeBotHome.Resolve(DataDirectory), "index");
}
