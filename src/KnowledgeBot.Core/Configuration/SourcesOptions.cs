namespace KnowledgeBot.Core.Configuration;

/// <summary>What <c>kb index</c> reads ("KnowledgeBot:Sources").</summary>
public sealed class SourcesOptions
{
    /// <summary>Past expert answer files, JSON Lines (<c>.jsonl</c>) or CSV (<c>.csv</c>) with the same columns.</summary>
    /// <remarks>Empty by default (a bound list would add to a non-empty default): <see cref="PastAnswerFiles"/> falls back to the sample corpus.</remarks>
    public List<string> PastAnswers { get; set; } = [];

    public IReadOnlyList<string> PastAnswerFiles => PastAnswers.Count > 0 ? PastAnswers : ["corpus/past-answers.jsonl"];

    /// <summary>service-public.fr fiches (DILA JSON, one file per entry); fetched by <c>scripts/fetch-fiches.sh</c>.</summary>
    public string FichesDirectory { get; set; } = "data/fiches/particuliers";

    /// <summary>When not empty, only fiches with one of these ids (F…, N…) are indexed.</summary>
    public List<string> FicheIds { get; set; } = [];

    /// <summary>When not empty, only fiches whose subject (dc:subject) is one of these are indexed.</summary>
    public List<string> FicheSubjects { get; set; } = [];
}
