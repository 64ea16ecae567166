using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Persistence;

public sealed class DatabaseTests : IDisposable
{
    private readonly string _directory = RunningHost.NewDataDirectory();

    [Fact]
    public void Every_migration_is_applied_once_in_version_order()
    {
        var database = new KnowledgeBotDatabase(_directory);

        var first = database.Migrate();
        var second = database.Migrate();

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).Order(), first);
        Assert.Empty(second);
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), database.SchemaVersion());
    }

    [Fact]
    public void Database_file_uses_write_ahead_logging()
    {
        var database = new KnowledgeBotDatabase(_directory);
        database.Migrate();

        using var connection = database.Open();
        Assert.Equal("wal", connection.Scalar<string>("PRAGMA journal_mode"));
        Assert.Equal(Path.Combine(_directory, "knowledgebot.db"), database.FilePath);
    }

    [Fact]
    public void Migration_versions_are_unique_and_increasing()
    {
        var versions = SchemaMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(versions.Order().Distinct(), versions);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
