namespace KnowledgeBot.Core.Configuration;

/// <summary>Query-time language data ("KnowledgeBot:Analysis").</summary>
public sealed class AnalysisOptions
{
    /// <summary>Lay term → vetted terms, one rule a line: <c>chimio&lt;TAB&gt;chimiothérapie</c>.</summary>
    public string SynonymsFile { get; set; } = "corpus/synonyms.tsv";

    /// <summary>Acronyms the vetted content defines (<c>kb acronyms --out corpus/acronyms.tsv</c>), same format, applied like the synonyms.</summary>
    public string AcronymsFile { get; set; } = "corpus/acronyms.tsv";

    /// <summary>Greetings, politeness and chat words that carry no topic (removed from messages before searching).</summary>
    public string MessageNoiseWordsFile { get; set; } = "corpus/message-noise-words.txt";
}
