namespace KnowledgeBot.Core.Drafting;

/// <summary>Who writes, as far as the message tells: it decides the opening of the reply.</summary>
public enum Sender
{
    Patient,
    Relative,
    Bereaved,
    Donor,
    Volunteer,
    Professional,
}
