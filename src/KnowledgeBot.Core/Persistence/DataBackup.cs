using KnowledgeBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Core.Persistence;

/// <param name="DatabaseBytes">Size of the database copy.</param>
/// <param name="IndexFiles">Files of the index's last commit copied (0 when there is no index yet).</param>
public sealed record BackupSummary(string Folder, long DatabaseBytes, int IndexFiles);

/// <summary>
/// A consistent copy of what the data folder holds: the database through SQLite's online backup (safe while the host
/// runs and writes) and the files of the index's last commit (a Lucene commit never changes once written). Restore
/// puts both into a folder that holds no database yet, for a host that is stopped.
/// </summary>
public static class DataBackup
{
    private const string IndexFolder = "index";

    /// <exception cref="IOException">The target exists and is not empty.</exception>
    public static BackupSummary Create(KnowledgeBotDatabase database, IndexStore index, string target)
    {
        if (System.IO.Directory.Exists(target) && System.IO.Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"{target} already exists and is not empty: choose a new folder for the backup");
        // Written beside the target and renamed at the end: a backup cut short is never taken for a whole one.
        var partial = target.TrimEnd(Path.DirectorySeparatorChar) + ".partial";
        if (System.IO.Directory.Exists(partial))
            System.IO.Directory.Delete(partial, recursive: true);
        System.IO.Directory.CreateDirectory(partial);

        var copy = new KnowledgeBotDatabase(partial);
        using (var source = database.Open())
        using (var destination = copy.Open())
            source.BackupDatabase(destination);
        SqliteConnection.ClearAllPools();
        var files = index.Exists ? CopyLastCommit(index.Path, Path.Combine(partial, IndexFolder)) : 0;

        if (System.IO.Directory.Exists(target))
            System.IO.Directory.Delete(target);
        System.IO.Directory.Move(partial, target);
        return new BackupSummary(target, new FileInfo(Path.Combine(target, KnowledgeBotDatabase.FileName)).Length, files);
    }

    /// <exception cref="IOException">The backup is incomplete, or the data folder already holds a database.</exception>
    public static BackupSummary Restore(string backup, string dataDirectory)
    {
        var database = Path.Combine(backup, KnowledgeBotDatabase.FileName);
        if (!File.Exists(database))
            throw new IOException($"{backup} is not a KnowledgeBot backup (no {KnowledgeBotDatabase.FileName})");
        if (File.Exists(Path.Combine(dataDirectory, KnowledgeBotDatabase.FileName)) && new FileInfo(Path.Combine(dataDirectory, KnowledgeBotDatabase.FileName)).Length > 0)
            throw new IOException($"{dataDirectory} already holds a database: stop the host and move that folder aside, then restore into an empty one");
        using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString()))
        {
            check.Open();
            if (check.Scalar<string>("PRAGMA integrity_check;") != "ok")
                throw new IOException($"{database} is damaged (integrity check failed)");
        }
        SqliteConnection.ClearAllPools();

        var restored = new KnowledgeBotDatabase(dataDirectory);
        File.Copy(database, restored.FilePath, overwrite: true);
        var files = 0;
        var index = Path.Combine(backup, IndexFolder);
        if (System.IO.Directory.Exists(index))
        {
            var target = System.IO.Directory.CreateDirectory(Path.Combine(dataDirectory, IndexFolder)).FullName;
            foreach (var file in System.IO.Directory.EnumerateFiles(index))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                files++;
            }
        }
        return new BackupSummary(dataDirectory, new FileInfo(restored.FilePath).Length, files);
    }

    /// <summary>Copies the files of the newest commit; a commit made meanwhile may delete them, then the newer one is copied.</summary>
    private static int CopyLastCommit(string indexPath, string target)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var directory = FSDirectory.Open(indexPath);
                var commit = DirectoryReader.ListCommits(directory).Last();
                System.IO.Directory.CreateDirectory(target);
                foreach (var file in commit.FileNames)
                    File.Copy(Path.Combine(indexPath, file), Path.Combine(target, file), overwrite: true);
                return commit.FileNames.Count;
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                System.IO.Directory.Delete(target, recursive: true);
            }
        }
    }
}
