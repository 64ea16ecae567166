namespace KnowledgeBot.Core.Configuration;

/// <summary>What <c>kb index</c> reads ("KnowledgeBot:Sources").</summary>
public sealed class SourcesOptions
{
    /// <summary>Past expert answer files, JSON Lines (<c>.jsonl</c>) or CSV (<c>.csv</c>) with the same columns.</summary>
    public List<string> PastAnswers { get; set; } = ["corpus/past-answers.jsonl"];

    /// <summary>service-public.fr fiches (DILA JSON, one file per entry); fetched by <c>scripts/fetch-fiches.sh</c>.</summary>
    public string FichesDirectory { get; set; } = "data/fiches/particuliers";

    /// <summary>When not empty, only fiches with one of these ids (F…, N…) are indexed.</summary>
    public List<string> FicheIds { get; set; } = [];

    /// <summary>When not empty, only fiches whose subject (dc:subject) is one of these are indexed.</summary>
    public List<string> FicheSubjects { get; set; } = [];

    /// <summary>The association's website as static files (page <c>/a/b</c> is <c>a/b.html</c>).</summary>
    public string SiteDirectory { get; set; } = "corpus/site";

    public string SiteBaseUrl { get; set; } = "https://asso.example.org";
}
