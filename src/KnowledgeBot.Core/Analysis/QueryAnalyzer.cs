using KnowledgeBot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Analysis;

/// <summary>The analysis chain for incoming questions: the index chain plus lay synonyms and message noise removal.</summary>
public static class QueryAnalyzer
{
    public static FrenchAnalyzer Create(IOptions<KnowledgeBotOptions> options) =>
        Create(KnowledgeBotHome.Resolve(options.Value.Analysis.SynonymsFile), KnowledgeBotHome.Resolve(options.Value.Analysis.MessageNoiseWordsFile),
            KnowledgeBotHome.Resolve(options.Value.Analysis.AcronymsFile));

    /// <param name="acronymsFile">Optional: the acronyms mined from the corpus, applied like the lay synonyms.</param>
    public static FrenchAnalyzer Create(string synonymsFile, string noiseWordsFile, string? acronymsFile = null)
    {
        foreach (var file in new[] { synonymsFile, noiseWordsFile })
            if (!File.Exists(file))
                throw new FileNotFoundException($"{file}: file not found (see KnowledgeBot:Analysis in appsettings.json)", file);
        string[] synonyms = acronymsFile is not null && File.Exists(acronymsFile) ? [synonymsFile, acronymsFile] : [synonymsFile];
        return new FrenchAnalyzer(LaySynonyms.Load(synonyms), MessageNoiseWords.Load(noiseWordsFile));
    }
}
