namespace KnowledgeBot.Core.Configuration;

/// <summary>
/// The folder that holds <c>appsettings.json</c> and <c>corpus/</c> (the repository root on a clone).
/// Relative paths in the configuration are resolved against it, so every entry point finds the same
/// corpus and data whatever its working directory.
/// </summary>
public static class KnowledgeBotHome
{
    private const string Marker = "appsettings.json";

    public static string Locate() =>
        FindUpwards(Directory.GetCurrentDirectory())
        ?? FindUpwards(AppContext.BaseDirectory)
        ?? Directory.GetCurrentDirectory();

    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Locate(), path));

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
                return dir.FullName;
        }
        return null;
    }
}
