using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Tests.Triage;

/// <summary>The classifier built from the shipped <c>corpus/triage</c> rules and model, shared by the triage tests.</summary>
internal static class ShippedRules
{
    public static readonly TriageClassifier Classifier = TriageServiceCollectionExtensions.Create(KnowledgeBotHome.Resolve("corpus/triage"));

    public static readonly TriageRules Rules = TriageRuleReader.Read(KnowledgeBotHome.Resolve("corpus/triage"));

    public static TriageResult Classify(string message) => Classifier.Classify(message);
}
