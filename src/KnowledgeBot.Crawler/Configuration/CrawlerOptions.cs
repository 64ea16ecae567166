namespace KnowledgeBot.Crawler.Configuration;

/// <summary>Settings of the crawler (section <c>KnowledgeBot:Crawler</c>), shared by the <c>crawl</c> command and scheduled crawls.</summary>
public sealed class CrawlerOptions
{
    public const string Section = "KnowledgeBot:Crawler";

    /// <summary>Identifies the crawler to web servers; its product token (the leading name) selects the robots.txt group.</summary>
    public string UserAgent { get; set; } = "KnowledgeBot/1.0 (+https://asso.example.org/contact)";
}
