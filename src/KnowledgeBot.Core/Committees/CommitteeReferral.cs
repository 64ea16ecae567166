namespace KnowledgeBot.Core.Committees;

/// <summary>The committee a reply refers the person to.</summary>
/// <param name="IsNearestOnly">The place has no committee of its own (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna): this is the nearest one by distance.</param>
public sealed record CommitteeReferral(string Code, string Name, string Url, bool IsNearestOnly = false);
