namespace KnowledgeBot.Crawler.Configuration;

/// <summary>The association's website as static files (section <c>KnowledgeBot:SiteDirectory</c>).</summary>
public sealed class SiteDirectoryOptions
{
    public const string Section = "KnowledgeBot:SiteDirectory";

    /// <summary>Folder of the site: the page of path <c>/a/b</c> is <c>a/b.html</c>, <c>/</c> is <c>index.html</c>. Relative to the KnowledgeBot home.</summary>
    public string Path { get; set; } = "corpus/site";

    /// <summary>The site's public origin, which page URLs and document ids are built on.</summary>
    public string BaseUrl { get; set; } = "https://asso.example.org";
}
