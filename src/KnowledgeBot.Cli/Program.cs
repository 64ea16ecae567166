using KnowledgeBot.Cli;
using KnowledgeBot.Cli.Commands;

var root = CliApplication.CreateRootCommand();
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(CrawlCommand.Create());
root.Subcommands.Add(DraftCommand.Create());
root.Subcommands.Add(TriageCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(BackupCommands.Backup());
root.Subcommands.Add(BackupCommands.Restore());
root.Subcommands.Add(AcronymsCommand.Create());
return await CliApplication.RunAsync(root, args);
