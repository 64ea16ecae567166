namespace KnowledgeBot.Core.Triage;

/// <summary>How urgent a distress message is; both levels get the helplines at once.</summary>
public enum DistressLevel
{
    /// <summary>Wish to die, hopelessness, perceived burden, palliative death wishes: first in the queue after <see cref="Danger"/>.</summary>
    Concern,
    /// <summary>Plan, means, date, preparatory acts, farewells, acute danger to life, a third party at risk now.</summary>
    Danger,
}
