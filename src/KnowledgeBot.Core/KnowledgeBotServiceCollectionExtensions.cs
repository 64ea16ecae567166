using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Evaluation;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Core.Privacy;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core;

/// <summary>Registers the Core services (sources, index, search, evaluation, …). Each capability adds its lines here.</summary>
public static class KnowledgeBotServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBot(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeBotOptions>().BindConfiguration(KnowledgeBotOptions.Section);
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);

        // Sources → index
        services.AddSingleton<IDocumentSource, PastAnswersSource>();
        services.AddSingleton<IDocumentSource, FicheSource>();
        services.AddSingleton<IndexStore>();
        services.AddSingleton(new PassageChunker());
        services.AddSingleton<IKnowledgeIndex, LuceneKnowledgeIndex>();

        // Search
        services.AddSingleton<IKnowledgeSearch>(sp => new LuceneKnowledgeSearch(
            sp.GetRequiredService<IndexStore>(),
            QueryAnalyzer.Create(sp.GetRequiredService<IOptions<KnowledgeBotOptions>>()),
            sp.GetRequiredService<IOptions<SearchOptions>>().Value));

        // Committees: directory, communes and the locator
        services.AddCommitteeLocator();

        // Triage: one rule file per label under corpus/triage
        services.AddTriage();

        // Drafting: triage + search + locate + compose
        services.AddDrafting();

        // Database: users, review queue, approved answers (also a source)
        services.AddKnowledgeBotDatabase();

        // Evaluation
        services.AddSingleton<Evaluator>();
        services.AddSingleton<PersonalDataMasker>();
        return services;
    }
}
