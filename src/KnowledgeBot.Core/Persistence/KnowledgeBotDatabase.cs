using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Core.Persistence;

/// <summary>
/// The SQLite database (<c>knowledgebot.db</c> in the data directory) that holds users, conversations,
/// the CM review queue, decisions and the audit log. <see cref="Migrate"/> brings its schema up to date.
/// </summary>
public sealed class KnowledgeBotDatabase
{
    public const string FileName = "knowledgebot.db";

    private readonly string _connectionString;

    public KnowledgeBotDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        FilePath = Path.Combine(dataDirectory, FileName);
        CreateOwnerOnly(FilePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// The database holds health data: on Unix it is created readable by its owner only (0600), and SQLite gives its
    /// WAL and shared-memory files the same mode.
    /// </summary>
    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
            return;
        using (File.Create(path))
        {
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // WAL with synchronous=NORMAL: a commit does not wait for fsync (a power cut may lose the last commits,
        // never corrupt the file), which keeps a bot turn's few small writes cheap.
        // secure_delete: deleted or overwritten text (message bodies past retention) is zeroed in the file, not left
        // readable in free pages.
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;");
        return connection;
    }

    /// <summary>Switches the file to WAL and applies the migrations it has not seen yet, each in its own transaction.</summary>
    /// <returns>The versions applied now.</returns>
    public IReadOnlyList<int> Migrate()
    {
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        var applied = new List<int>();
        foreach (var migration in SchemaMigrations.All)
        {
            using var transaction = connection.BeginTransaction();
            var known = connection.Scalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = $v", ("$v", migration.Version));
            if (known > 0)
                continue;
            connection.Execute(migration.Sql);
            migration.Backfill?.Invoke(connection);
            connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, $at)",
                ("$v", migration.Version), ("$at", DateTimeOffset.UtcNow.ToString("O")));
            transaction.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    public int SchemaVersion()
    {
        using var connection = Open();
        return (int)connection.Scalar<long>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    }
}
