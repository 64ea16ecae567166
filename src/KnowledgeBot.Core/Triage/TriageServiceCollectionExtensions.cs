using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Triage.Model;
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

    /// <summary>The rules of the folder, with its statistical model when <c>model.tsv</c> is there.</summary>
    public static TriageClassifier Create(string rulesDirectory)
    {
        var modelFile = Path.Combine(rulesDirectory, TriageModel.FileName);
        return new(TriageRuleReader.Read(rulesDirectory), File.Exists(modelFile) ? TriageModel.Read(modelFile) : null);
    }

    /// <summary>Trains the statistical model on labelled messages, tokenized by the folder's rules, and writes it beside them.</summary>
    /// <param name="supplements">Sets of messages that teach the labels they have examples of, but distress (see <see cref="TriageModelTrainer"/>).</param>
    public static TriageModel Train(string rulesDirectory, IEnumerable<(string Message, TriageLabel Label, DistressLevel? Level)> examples,
        IEnumerable<IEnumerable<(string Message, TriageLabel Label, DistressLevel? Level)>>? supplements = null)
    {
        var model = Train(TriageRuleReader.Read(rulesDirectory), examples, supplements);
        model.Write(Path.Combine(rulesDirectory, TriageModel.FileName));
        return model;
    }

    /// <summary>Trains the statistical model on labelled messages tokenized by <paramref name="rules"/>.</summary>
    public static TriageModel Train(TriageRules rules, IEnumerable<(string Message, TriageLabel Label, DistressLevel? Level)> examples,
        IEnumerable<IEnumerable<(string Message, TriageLabel Label, DistressLevel? Level)>>? supplements = null)
    {
        List<(IReadOnlyList<string> Features, TriageLabel Label, DistressLevel? Level)> Read(IEnumerable<(string Message, TriageLabel Label, DistressLevel? Level)> messages) =>
            [.. messages.Select(e => ((IReadOnlyList<string>)[.. TriageFeatures.Of(rules, rules.Read(e.Message)).Select(f => f.Feature)], e.Label, e.Level))];
        return TriageModelTrainer.Train(Read(examples), [.. (supplements ?? []).Select(Read)]);
    }
}
