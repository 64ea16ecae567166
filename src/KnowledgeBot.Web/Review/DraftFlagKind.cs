namespace KnowledgeBot.Web.Review;

/// <summary>What the CM found wrong with a draft.</summary>
public enum DraftFlagKind
{
    Erroneous,
    Obsolete,
    Incomplete,
    Inappropriate,
}

public static class DraftFlagKinds
{
    /// <summary>The kind as stored in <c>draft_flags.kind</c>, sent by the console's form and written in the export.</summary>
    public static string Wire(this DraftFlagKind kind) => kind switch
    {
        DraftFlagKind.Erroneous => "erronee",
        DraftFlagKind.Obsolete => "obsolete",
        DraftFlagKind.Incomplete => "incomplete",
        _ => "inappropriee",
    };

    public static DraftFlagKind? ParseWire(string? value) =>
        Enum.GetValues<DraftFlagKind>().Cast<DraftFlagKind?>().FirstOrDefault(k => k!.Value.Wire() == value?.Trim());

    public static string French(this DraftFlagKind kind) => kind switch
    {
        DraftFlagKind.Erroneous => "erronée",
        DraftFlagKind.Obsolete => "obsolète",
        DraftFlagKind.Incomplete => "incomplète",
        _ => "inappropriée",
    };
}
