namespace KnowledgeBot.Core.Committees;

/// <summary>A commune (or a Paris/Lyon/Marseille arrondissement) from <c>corpus/communes.tsv</c>.</summary>
public sealed record Commune(
    string Insee,
    string Name,
    string Department,
    IReadOnlyList<string> PostalCodes,
    int Population,
    double? Lat,
    double? Lon,
    bool IsArrondissement);
