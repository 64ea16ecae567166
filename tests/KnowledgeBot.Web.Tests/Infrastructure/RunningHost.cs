using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Apis;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>
/// The real web host (the same composition as Program.cs) on 127.0.0.1 at a free port, with its data in a
/// folder of its own. The index is built from the repository's corpus/ (the fiche download is left out).
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    public const string UserName = "marie";
    public const string Password = "mot-de-passe-de-test-1";

    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private RunningHost(WebApplication app, string dataDirectory, bool ownsData)
    {
        _app = app;
        _ownsData = ownsData;
        DataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public static string NewDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kb-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <param name="dataDirectory">Null: a new folder, deleted when the host is disposed; otherwise the caller's (to restart on it).</param>
    /// <param name="settings">Extra configuration, e.g. <c>KnowledgeBot:Web:MessagesPerMinute=2</c>.</param>
    /// <param name="logs">Also receives every log message of the host, at every level.</param>
    public static async Task<RunningHost> StartAsync(string? dataDirectory = null, ILoggerProvider? logs = null, params string[] settings)
    {
        var ownsData = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        EnsureConsoleUser(dataDirectory);
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--KnowledgeBot:DataDirectory={dataDirectory}",
            $"--KnowledgeBot:Sources:FichesDirectory={Path.Combine(dataDirectory, "no-fiches")}",
            "--Logging:LogLevel:Default=Warning",
            "--KnowledgeBot:Bot:AllowUnauthenticatedLocalChannels=true",
            .. settings.Select(s => "--" + s),
        ];
        var builder = KnowledgeBotWebHost.CreateBuilder(args);
        builder.AddKnowledgeBotWeb();
        if (logs is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddFilter(_ => true);
            builder.Logging.AddProvider(logs);
        }
        var app = builder.Build();
        app.UseKnowledgeBotWeb();
        app.MapKnowledgeBotApis();
        await app.StartAsync();
        await app.Services.GetRequiredService<InitialIndexBuilder>().Ready;
        return new RunningHost(app, dataDirectory, ownsData);
    }

    public HttpClient CreateClient(bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = BaseAddress };

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsData)
            Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>Creates the data folder's database with the test CM account, unless it exists.</summary>
    public static void EnsureConsoleUser(string dataDirectory)
    {
        var database = new KnowledgeBotDatabase(dataDirectory);
        database.Migrate();
        var users = new UserStore(database);
        if (users.Count() == 0)
            users.Add(UserName, Password, ConsoleRole.Admin);
    }
}
