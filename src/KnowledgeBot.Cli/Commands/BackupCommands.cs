using System.CommandLine;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb backup FOLDER</c> (while the host runs) and <c>kb restore FOLDER</c> (host stopped, into a data folder that
/// holds no database): the database and the index's last commit.
/// </summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var folder = new Argument<string>("FOLDER") { Description = "A new (or empty) folder for the backup" };
        var command = new Command("backup", "Copy the database and the index into a new folder (safe while the web host runs)") { folder };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var summary = Run(() => DataBackup.Create(services.GetRequiredService<KnowledgeBotDatabase>(), services.GetRequiredService<IndexStore>(),
                Path.GetFullPath(parseResult.GetValue(folder)!)));
            Console.Out.WriteLine($"backup in {summary.Folder}: database {summary.DatabaseBytes:N0} bytes, index {summary.IndexFiles} files");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    public static Command Restore()
    {
        var folder = new Argument<string>("FOLDER") { Description = "A folder written by kb backup" };
        var command = new Command("restore", "Put a backup into the data folder (stop the web host first; the folder must hold no database)") { folder };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var data = KnowledgeBotHome.Resolve(services.GetRequiredService<IOptions<KnowledgeBotOptions>>().Value.DataDirectory);
            var summary = Run(() => DataBackup.Restore(Path.GetFullPath(parseResult.GetValue(folder)!), data));
            Console.Out.WriteLine($"restored into {summary.Folder}: database {summary.DatabaseBytes:N0} bytes, index {summary.IndexFiles} files");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static BackupSummary Run(Func<BackupSummary> work)
    {
        try
        {
            return work();
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new UserInputException(e.Message);
        }
    }
}
