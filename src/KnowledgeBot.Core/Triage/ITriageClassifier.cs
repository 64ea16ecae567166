namespace KnowledgeBot.Core.Triage;

public interface ITriageClassifier
{
    TriageResult Classify(string message);
}
