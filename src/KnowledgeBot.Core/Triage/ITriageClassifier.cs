namespace KnowledgeBot.Core.Triage;

public interface ITriageClassifier
{
    TriageLabel Classify(string message);
}
