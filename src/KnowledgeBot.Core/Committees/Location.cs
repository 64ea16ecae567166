namespace KnowledgeBot.Core.Committees;

/// <summary>Where a message places the person, and the committee that serves that place.</summary>
/// <param name="Department">Department or collectivity code of the place (975 for Saint-Pierre-et-Miquelon...).</param>
public sealed record Location(string Department, CommitteeReferral Committee);
