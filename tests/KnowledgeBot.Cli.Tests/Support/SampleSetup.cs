using System.Text.Json;

namespace KnowledgeBot.Cli.Tests.Support;

/// <summary>
/// A data folder and a configuration file in a temp folder: the shipped past answers (copied, so a test can break
/// them), the shipped site, and no fiches.
/// </summary>
public sealed class SampleSetup : IDisposable
{
    public SampleSetup()
    {
        Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kb-cli-" + Guid.NewGuid().ToString("N"))).FullName;
        var home = RepositoryRoot();
        AnswersFile = Path.Combine(Root, "answers.jsonl");
        File.Copy(Path.Combine(home, "corpus", "past-answers.jsonl"), AnswersFile);
        ConfigFile = Path.Combine(Root, "settings.json");
        File.WriteAllText(ConfigFile, JsonSerializer.Serialize(new
        {
            KnowledgeBot = new
            {
                Sources = new { PastAnswers = new[] { AnswersFile }, FichesDirectory = Path.Combine(Root, "no-fiches") },
                SiteDirectory = new { Path = Path.Combine(home, "corpus", "site") },
            },
        }));
    }

    public string Root { get; }
    public string AnswersFile { get; }
    public string ConfigFile { get; }
    public string DataDirectory => Path.Combine(Root, "data");

    public Task<KbResult> RunAsync(params string[] args) => Kb.RunAsync([.. args, "--config", ConfigFile, "--data", DataDirectory]);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>One sample index built once for the read-only command tests.</summary>
public sealed class IndexedSample : IAsyncLifetime
{
    public SampleSetup Setup { get; } = new();

    public async Task InitializeAsync()
    {
        var result = await Setup.RunAsync("index");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"kb index failed: {result.Error}");
    }

    public Task DisposeAsync()
    {
        Setup.Dispose();
        return Task.CompletedTask;
    }
}
