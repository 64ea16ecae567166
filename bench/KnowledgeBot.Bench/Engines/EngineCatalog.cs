namespace KnowledgeBot.Bench.Engines;

/// <summary>The engines a run can measure, by the names used on the command line and in the report.</summary>
public static class EngineCatalog
{
    public const string Ours = "ours";
    public const string SqliteFts5 = "fts5";
    public const string PlainLucene = "lucene";
    public const string CorpusOnly = "corpus";

    public static readonly IReadOnlyList<string> All = [Ours, SqliteFts5, PlainLucene, CorpusOnly];

    /// <summary>Engines whose index answers questions (all but <see cref="CorpusOnly"/>).</summary>
    public static bool CanSearch(string name) => name != CorpusOnly;

    public static string Describe(string name) => name switch
    {
        Ours => "KnowledgeBot index (passages, French chain, synonyms)",
        SqliteFts5 => "SQLite FTS5 (unicode61 remove_diacritics 2, bm25, whole documents; question words less French stop words, OR-ed)",
        PlainLucene => "Plain Lucene.Net (FrenchAnalyzer, BM25, whole documents)",
        CorpusOnly => "Reading and generating the corpus only, no index (the floor under every build)",
        _ => name,
    };

    public static IEngineUnderTest Create(string name, string directory) => name switch
    {
        Ours => new KnowledgeBotEngine(directory),
        SqliteFts5 => new SqliteFts5Engine(directory),
        CorpusOnly => new CorpusOnlyEngine(),
        PlainLucene => new PlainLuceneEngine(directory),
        _ => throw new ArgumentException($"Unknown engine '{name}': use {string.Join(", ", All)}."),
    };
}
