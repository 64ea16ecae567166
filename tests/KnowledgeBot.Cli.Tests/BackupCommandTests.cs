using KnowledgeBot.Cli.Tests.Support;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly SampleSetup _setup = new();

    [Fact]
    public async Task A_backup_restored_into_a_fresh_folder_has_the_same_index_and_accounts()
    {
        await _setup.RunAsync("index");
        await _setup.RunAsync("user", "add", "claire");
        var stats = (await _setup.RunAsync("stats")).Output;
        var backup = Path.Combine(_setup.Root, "backup-1");
        var fresh = Path.Combine(_setup.Root, "fresh-data");

        var saved = await _setup.RunAsync("backup", backup);
        var restored = await Kb.RunAsync("restore", backup, "--config", _setup.ConfigFile, "--data", fresh);

        Assert.Equal(0, saved.ExitCode);
        Assert.Equal(0, restored.ExitCode);
        Assert.False(Directory.Exists(backup + ".partial"));
        Assert.Equal(Counts(stats), Counts((await Kb.RunAsync("stats", "--config", _setup.ConfigFile, "--data", fresh)).Output));
        Assert.Contains("claire", new UserStore(new KnowledgeBotDatabase(fresh)).Names());
        var again = await Kb.RunAsync("restore", backup, "--config", _setup.ConfigFile, "--data", fresh);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already holds a database", Assert.Single(again.ErrorLines));
        Assert.NotEqual(0, (await _setup.RunAsync("backup", backup)).ExitCode);
    }

    /// <summary>The table of documents and passages per kind of <c>kb stats</c> (not its size on disk).</summary>
    private static List<string> Counts(string stats)
    {
        var table = stats.Split('\n').Select(l => l.Trim()).TakeWhile(l => !l.StartsWith("generation", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        Assert.Contains(table, l => l.StartsWith("total", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));
        return table;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _setup.Dispose();
    }
}
