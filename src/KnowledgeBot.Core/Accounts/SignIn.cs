namespace KnowledgeBot.Core.Accounts;

public enum SignInOutcome { Succeeded, Failed, LockedOut }

/// <param name="Account">The account, when signed in.</param>
/// <param name="LockedUntil">When a locked account may try again.</param>
public sealed record SignInAttempt(SignInOutcome Outcome, UserAccount? Account = null, DateTimeOffset? LockedUntil = null);

/// <param name="MustChangePassword">Signed in with a generated password that must be replaced first.</param>
/// <param name="SecurityStamp">Changes when the password or the role changes or the account is reset or disabled: older sessions end.</param>
public sealed record UserAccount(string Name, bool MustChangePassword, string SecurityStamp, ConsoleRole Role);

public sealed record UserSummary(string Name, DateTimeOffset CreatedAt, bool Disabled, bool MustChangePassword, int FailedSignIns, DateTimeOffset? LockedUntil,
    ConsoleRole Role);
