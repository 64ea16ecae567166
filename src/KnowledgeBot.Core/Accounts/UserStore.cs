using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Core.Accounts;

/// <summary>CM console accounts. Only salted password hashes are stored.</summary>
public sealed class UserStore(KnowledgeBotDatabase database)
{
    public const int MinimumPasswordLength = 12;

    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHashing.Hash(PasswordHashing.NewRandomPassword()));

    /// <param name="mustChangePassword">The password was generated for a first sign-in (setup account): the console asks for a new one.</param>
    /// <exception cref="AccountRejectedException">The name is malformed or taken, or the password too short.</exception>
    public void Add(string name, string password, bool mustChangePassword = false)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsControl))
            throw new AccountRejectedException("user name must be 1 to 64 printable characters");
        CheckPassword(password);
        using var connection = database.Open();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE name = $n", ("$n", name)) > 0)
            throw new AccountRejectedException($"user '{name}' already exists");
        connection.Execute("INSERT INTO users (name, password_hash, created_at, must_change_password) VALUES ($n, $h, $at, $must)",
            ("$n", name), ("$h", PasswordHashing.Hash(password)), ("$at", SqliteCommands.Now()), ("$must", mustChangePassword ? 1 : 0));
    }

    /// <returns>The account when the password matches, otherwise null.</returns>
    public UserAccount? Authenticate(string name, string password)
    {
        using var connection = database.Open();
        var rows = connection.Query("SELECT name, password_hash, must_change_password FROM users WHERE name = $n",
            r => (Account: new UserAccount(r.GetString(0), r.GetInt64(2) != 0), Hash: r.GetString(1)), ("$n", name.Trim()));
        if (rows.Count == 0)
        {
            // Same work as a real check, so that response time does not reveal which names exist.
            PasswordHashing.Verify(password, UnknownUserHash.Value);
            return null;
        }
        return PasswordHashing.Verify(password, rows[0].Hash) ? rows[0].Account : null;
    }

    /// <exception cref="AccountRejectedException">The current password is wrong or the new one too short or unchanged.</exception>
    public void ChangePassword(string name, string currentPassword, string newPassword)
    {
        if (Authenticate(name, currentPassword) is null)
            throw new AccountRejectedException("current password is wrong");
        CheckPassword(newPassword);
        if (newPassword == currentPassword)
            throw new AccountRejectedException("the new password must differ from the current one");
        using var connection = database.Open();
        connection.Execute("UPDATE users SET password_hash = $h, must_change_password = 0 WHERE name = $n",
            ("$h", PasswordHashing.Hash(newPassword)), ("$n", name.Trim()));
    }

    public int Count()
    {
        using var connection = database.Open();
        return (int)connection.Scalar<long>("SELECT COUNT(*) FROM users");
    }

    public IReadOnlyList<string> Names()
    {
        using var connection = database.Open();
        return connection.Query("SELECT name FROM users ORDER BY name", r => r.GetString(0));
    }

    private static void CheckPassword(string password)
    {
        if (password.Length < MinimumPasswordLength)
            throw new AccountRejectedException($"password must have at least {MinimumPasswordLength} characters");
    }
}

/// <param name="MustChangePassword">Signed in with a generated setup password that must be replaced first.</param>
public sealed record UserAccount(string Name, bool MustChangePassword);
