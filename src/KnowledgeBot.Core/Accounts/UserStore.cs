using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Core.Accounts;

/// <summary>CM console accounts. Only salted password hashes are stored.</summary>
public sealed class UserStore(KnowledgeBotDatabase database)
{
    public const int MinimumPasswordLength = 12;

    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHashing.Hash(PasswordHashing.NewRandomPassword()));

    /// <exception cref="AccountRejectedException">The name is malformed or taken, or the password too short.</exception>
    public void Add(string name, string password)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsControl))
            throw new AccountRejectedException("user name must be 1 to 64 printable characters");
        if (password.Length < MinimumPasswordLength)
            throw new AccountRejectedException($"password must have at least {MinimumPasswordLength} characters");
        using var connection = database.Open();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE name = $n", ("$n", name)) > 0)
            throw new AccountRejectedException($"user '{name}' already exists");
        connection.Execute("INSERT INTO users (name, password_hash, created_at) VALUES ($n, $h, $at)",
            ("$n", name), ("$h", PasswordHashing.Hash(password)), ("$at", SqliteCommands.Now()));
    }

    /// <returns>The account's stored name when the password matches, otherwise null.</returns>
    public string? Authenticate(string name, string password)
    {
        using var connection = database.Open();
        var rows = connection.Query("SELECT name, password_hash FROM users WHERE name = $n",
            r => (Name: r.GetString(0), Hash: r.GetString(1)), ("$n", name.Trim()));
        if (rows.Count == 0)
        {
            // Same work as a real check, so that response time does not reveal which names exist.
            PasswordHashing.Verify(password, UnknownUserHash.Value);
            return null;
        }
        return PasswordHashing.Verify(password, rows[0].Hash) ? rows[0].Name : null;
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
}
