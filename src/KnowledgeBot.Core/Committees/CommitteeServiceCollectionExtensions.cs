using KnowledgeBot.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Committees;

public static class CommitteeServiceCollectionExtensions
{
    /// <summary>The committee directory, the communes and the locator with its recognizers (postal code, department number, area name, commune name).</summary>
    public static IServiceCollection AddCommitteeLocator(this IServiceCollection services)
    {
        services.AddOptions<CommitteeOptions>().BindConfiguration(CommitteeOptions.Section);
        services.AddSingleton(sp => CommitteeDirectory.Load(KnowledgeBotHome.Resolve(sp.GetRequiredService<IOptions<CommitteeOptions>>().Value.CommitteesFile)));
        services.AddSingleton(sp => CommuneDirectory.Load(KnowledgeBotHome.Resolve(sp.GetRequiredService<IOptions<CommitteeOptions>>().Value.CommunesFile)));
        services.AddSingleton(sp => PlaceVocabulary.Load(
            KnowledgeBotHome.Resolve(sp.GetRequiredService<IOptions<CommitteeOptions>>().Value.LocatorDirectory),
            sp.GetRequiredService<CommitteeDirectory>()));
        services.AddSingleton<IPlaceRecognizer, PostalCodeRecognizer>();
        services.AddSingleton<IPlaceRecognizer, DepartmentNumberRecognizer>();
        services.AddSingleton<IPlaceRecognizer, AreaNameRecognizer>();
        services.AddSingleton<IPlaceRecognizer, CommuneNameRecognizer>();
        services.AddSingleton<ICommitteeLocator, CommitteeLocator>();
        return services;
    }
}
