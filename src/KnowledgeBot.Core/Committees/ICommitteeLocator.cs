namespace KnowledgeBot.Core.Committees;

/// <summary>Finds where a message says the person lives and the committee to refer them to.</summary>
public interface ICommitteeLocator
{
    /// <summary>Null when the message names no place in France, or only a region or a foreign country: never a guess.</summary>
    Location? Locate(string message);

    /// <summary>The referral for a committee or department code already known (a place given earlier in the conversation).</summary>
    Location? ForDepartment(string code);
}
