using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using KnowledgeBot.Core.Accounts;

namespace KnowledgeBot.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The SQLite database in the data directory, migrated when first resolved, and the user store.</summary>
    public static IServiceCollection AddKnowledgeBotDatabase(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddSingleton(sp =>
        {
            var database = new KnowledgeBotDatabase(sp.GetRequiredService<IOptions<DataOptions>>().Value.ResolvedDataDirectory);
            database.Migrate();
            return database;
        });
        services.AddSingleton<UserStore>();
        return services;
    }
}
