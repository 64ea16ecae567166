namespace KnowledgeBot.Core.Accounts;

/// <summary>What a console account may do: answer messages (CM), validate answers as knowledge (expert), or both and administer (admin).</summary>
public enum ConsoleRole { Cm, Expert, Admin }

/// <summary>The roles as they are written in the database, on the command line and in the session cookie.</summary>
public static class ConsoleRoles
{
    public const string Cm = "cm";
    public const string Expert = "expert";
    public const string Admin = "admin";

    public static string Wire(this ConsoleRole role) => role switch
    {
        ConsoleRole.Cm => Cm,
        ConsoleRole.Expert => Expert,
        _ => Admin,
    };

    /// <exception cref="AccountRejectedException">Not one of cm, expert, admin.</exception>
    public static ConsoleRole Parse(string? wire) => wire?.Trim().ToLowerInvariant() switch
    {
        Cm => ConsoleRole.Cm,
        Expert => ConsoleRole.Expert,
        Admin => ConsoleRole.Admin,
        _ => throw new AccountRejectedException($"unknown role '{wire}' (use {Cm}, {Expert} or {Admin})"),
    };
}
