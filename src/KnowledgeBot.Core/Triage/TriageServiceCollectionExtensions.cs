using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Triage.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Triage;

public static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.Section);
        services.AddSingleton<ITriageClassifier>(sp =>
            Create(KnowledgeBotHome.Resolve(sp.GetRequiredService<IOptions<TriageOptions>>().Value.RulesDirectory)));
        return services;
    }

    public static TriageClassifier Create(string rulesDirectory) => new(TriageRuleReader.Read(rulesDirectory));
}
