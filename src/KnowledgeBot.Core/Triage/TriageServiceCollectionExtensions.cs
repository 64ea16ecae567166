using KnowledgeBot.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Triage;

public static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.Section);
        services.AddSingleton<ITriageClassifier>(sp =>
        {
            var directory = KnowledgeBotHome.Resolve(sp.GetRequiredService<IOptions<TriageOptions>>().Value.RulesDirectory);
            return Create(directory);
        });
        return services;
    }

    public static TriageClassifier Create(string rulesDirectory) => new(
        new TriageText(TriageRuleFiles.LoadSpellings(Path.Combine(rulesDirectory, "spelling.tsv"))),
        TriageRuleFiles.LoadRuleSets(rulesDirectory));
}
