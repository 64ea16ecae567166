using System.Security.Cryptography;
using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Core.Accounts;

/// <summary>
/// CM console accounts. Only salted password hashes are stored. After <see cref="FailuresBeforeLock"/> failed
/// sign-ins in a row an account locks itself, for a minute and then twice as long at each further failure (an hour at
/// most); its security stamp changes with its password, its role, a reset or a disable, which ends the sessions opened before.
/// </summary>
public sealed class UserStore(KnowledgeBotDatabase database, TimeProvider clock)
{
    public const int MinimumPasswordLength = PasswordPolicy.MinimumLength;
    public const int FailuresBeforeLock = 5;
    private static readonly TimeSpan LongestLock = TimeSpan.FromHours(1);

    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHashing.Hash(PasswordHashing.NewRandomPassword()));

    public UserStore(KnowledgeBotDatabase database) : this(database, TimeProvider.System)
    {
    }

    /// <param name="mustChangePassword">The password was generated for a first sign-in (setup account): the console asks for a new one.</param>
    /// <exception cref="AccountRejectedException">The name is malformed or taken, or the password too weak.</exception>
    public void Add(string name, string password, ConsoleRole role = ConsoleRole.Cm, bool mustChangePassword = false)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsControl))
            throw new AccountRejectedException("user name must be 1 to 64 printable characters");
        CheckPassword(password, name);
        using var connection = database.Open();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE name = $n", ("$n", name)) > 0)
            throw new AccountRejectedException($"user '{name}' already exists");
        connection.Execute("INSERT INTO users (name, password_hash, created_at, must_change_password, security_stamp, role) VALUES ($n, $h, $at, $must, $stamp, $role)",
            ("$n", name), ("$h", PasswordHashing.Hash(password)), ("$at", SqliteCommands.Now()), ("$must", mustChangePassword ? 1 : 0), ("$stamp", NewStamp()),
            ("$role", role.Wire()));
    }

    public SignInAttempt SignIn(string name, string password)
    {
        using var connection = database.Open();
        var rows = connection.Query("SELECT name, password_hash, must_change_password, security_stamp, disabled, failed_sign_ins, locked_until, role FROM users WHERE name = $n",
            r => (Account: new UserAccount(r.GetString(0), r.GetInt64(2) != 0, r.GetString(3), ConsoleRoles.Parse(r.GetString(7))), Hash: r.GetString(1), Disabled: r.GetInt64(4) != 0,
                Failures: r.GetInt32(5), LockedUntil: r.NullableTimestamp("locked_until")),
            ("$n", name.Trim()));
        if (rows.Count == 0)
        {
            // Same work as a real check, so that response time does not reveal which names exist.
            PasswordHashing.Verify(password, UnknownUserHash.Value);
            return new SignInAttempt(SignInOutcome.Failed);
        }
        var user = rows[0];
        var now = clock.GetUtcNow();
        if (user.LockedUntil > now)
            return new SignInAttempt(SignInOutcome.LockedOut, LockedUntil: user.LockedUntil);
        if (!user.Disabled && PasswordHashing.Verify(password, user.Hash))
        {
            connection.Execute("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE name = $n", ("$n", user.Account.Name));
            return new SignInAttempt(SignInOutcome.Succeeded, user.Account);
        }
        var failures = user.Failures + 1;
        DateTimeOffset? lockedUntil = failures >= FailuresBeforeLock
            ? now + TimeSpan.FromTicks(Math.Min(LongestLock.Ticks, TimeSpan.FromMinutes(1).Ticks << Math.Min(failures - FailuresBeforeLock, 10)))
            : null;
        connection.Execute("UPDATE users SET failed_sign_ins = $f, locked_until = $until WHERE name = $n",
            ("$f", failures), ("$until", lockedUntil?.ToString("O")), ("$n", user.Account.Name));
        return lockedUntil is null ? new SignInAttempt(SignInOutcome.Failed) : new SignInAttempt(SignInOutcome.LockedOut, LockedUntil: lockedUntil);
    }

    /// <returns>The account when the password matches (and the account is enabled and not locked), otherwise null.</returns>
    public UserAccount? Authenticate(string name, string password) => SignIn(name, password).Account;

    /// <summary>The current security stamp of an enabled account; null when the account is unknown or disabled.</summary>
    public string? SecurityStamp(string name)
    {
        using var connection = database.Open();
        return connection.Scalar<string?>("SELECT security_stamp FROM users WHERE name = $n AND disabled = 0", ("$n", name));
    }

    /// <summary>The account as a session carries it (name as stored, role, stamp); null when unknown or disabled.</summary>
    public UserAccount? Find(string name)
    {
        using var connection = database.Open();
        return connection.Query("SELECT name, must_change_password, security_stamp, role FROM users WHERE name = $n AND disabled = 0",
            r => new UserAccount(r.GetString(0), r.GetInt64(1) != 0, r.GetString(2), ConsoleRoles.Parse(r.GetString(3))), ("$n", name.Trim())).SingleOrDefault();
    }

    /// <summary>Gives the account another role and ends its sessions, so that no cookie keeps the old one.</summary>
    /// <exception cref="AccountRejectedException">No such account.</exception>
    public void SetRole(string name, ConsoleRole role)
    {
        using var connection = database.Open();
        var changed = connection.Execute("UPDATE users SET role = $role, security_stamp = $stamp WHERE name = $n",
            ("$role", role.Wire()), ("$stamp", NewStamp()), ("$n", name.Trim()));
        if (changed != 1)
            throw new AccountRejectedException($"no user '{name}'");
    }

    /// <exception cref="AccountRejectedException">The current password is wrong or the new one too weak or unchanged.</exception>
    public void ChangePassword(string name, string currentPassword, string newPassword)
    {
        if (Authenticate(name, currentPassword) is null)
            throw new AccountRejectedException("current password is wrong");
        CheckPassword(newPassword, name);
        if (newPassword == currentPassword)
            throw new AccountRejectedException("the new password must differ from the current one");
        using var connection = database.Open();
        connection.Execute("UPDATE users SET password_hash = $h, must_change_password = 0, security_stamp = $stamp WHERE name = $n",
            ("$h", PasswordHashing.Hash(newPassword)), ("$stamp", NewStamp()), ("$n", name.Trim()));
    }

    /// <summary>Gives the account a new random password to change at the next sign-in, unlocks it and ends its sessions.</summary>
    /// <returns>The new password.</returns>
    /// <exception cref="AccountRejectedException">No such account.</exception>
    public string Reset(string name)
    {
        var password = PasswordHashing.NewRandomPassword();
        using var connection = database.Open();
        var changed = connection.Execute("""
            UPDATE users SET password_hash = $h, must_change_password = 1, security_stamp = $stamp, failed_sign_ins = 0, locked_until = NULL
            WHERE name = $n
            """, ("$h", PasswordHashing.Hash(password)), ("$stamp", NewStamp()), ("$n", name.Trim()));
        return changed == 1 ? password : throw new AccountRejectedException($"no user '{name}'");
    }

    /// <summary>A disabled account cannot sign in and its sessions end; enabling it again keeps its password.</summary>
    /// <exception cref="AccountRejectedException">No such account.</exception>
    public void SetDisabled(string name, bool disabled)
    {
        using var connection = database.Open();
        var changed = connection.Execute("UPDATE users SET disabled = $d, security_stamp = $stamp WHERE name = $n",
            ("$d", disabled ? 1 : 0), ("$stamp", NewStamp()), ("$n", name.Trim()));
        if (changed != 1)
            throw new AccountRejectedException($"no user '{name}'");
    }

    /// <summary>Ends every session of the account (a new security stamp).</summary>
    public void EndSessions(string name)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE users SET security_stamp = $stamp WHERE name = $n", ("$stamp", NewStamp()), ("$n", name.Trim()));
    }

    public int Count()
    {
        using var connection = database.Open();
        return (int)connection.Scalar<long>("SELECT COUNT(*) FROM users");
    }

    /// <summary>The enabled accounts' names (those a message can be assigned to).</summary>
    public IReadOnlyList<string> Names()
    {
        using var connection = database.Open();
        return connection.Query("SELECT name FROM users WHERE disabled = 0 ORDER BY name", r => r.GetString(0));
    }

    public IReadOnlyList<UserSummary> List()
    {
        using var connection = database.Open();
        return connection.Query("SELECT name, created_at, disabled, must_change_password, failed_sign_ins, locked_until, role FROM users ORDER BY name",
            r => new UserSummary(r.GetString(0), r.Timestamp("created_at"), r.GetInt64(2) != 0, r.GetInt64(3) != 0, r.GetInt32(4),
                r.NullableTimestamp("locked_until"), ConsoleRoles.Parse(r.GetString(6))));
    }

    private static void CheckPassword(string password, string name)
    {
        if (PasswordPolicy.Problem(password, name) is { } problem)
            throw new AccountRejectedException(problem);
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
