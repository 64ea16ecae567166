using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite database in the data directory (migrated when first resolved), the user store, and the
    /// CM-approved answers as a document source, so that a full index refresh keeps them.
    /// Part of <see cref="KnowledgeBotServiceCollectionExtensions.AddKnowledgeBot"/>, which binds <see cref="KnowledgeBotOptions"/>.
    /// </summary>
    public static IServiceCollection AddKnowledgeBotDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeBotOptions>>().Value;
            var database = new KnowledgeBotDatabase(KnowledgeBotHome.Resolve(options.DataDirectory));
            database.Migrate();
            return database;
        });
        services.AddSingleton<UserStore>();
        services.AddSingleton<IDocumentSource, ApprovedAnswersSource>();
        return services;
    }
}
