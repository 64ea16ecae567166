namespace KnowledgeBot.Core.Configuration;

/// <summary>Query-time language data ("KnowledgeBot:Analysis").</summary>
public sealed class AnalysisOptions
{
    /// <summary>Lay term → vetted terms, one rule a line: <c>chimio&lt;TAB&gt;chimiothérapie</c>.</summary>
    public string SynonymsFile { get; set; } = "corpus/synonyms.tsv";

    /// <summary>Greetings, politeness and chat words that carry no topic (removed from messages before searching).</summary>
    public string MessageNoiseWordsFile { get; set; } = "corpus/message-noise-words.txt";
}
