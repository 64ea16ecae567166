using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeBot.Core.Configuration;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>
/// The web host as a real process (the built KnowledgeBot.Web.dll, as deployed) on 127.0.0.1, with its data in a
/// given folder and its log lines kept; <see cref="Kill"/> stops it as kill -9 would, in the middle of whatever it does.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the host wrote to its standard output and error: its log, as an operator would read it.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static async Task<HostProcess> StartAsync(string dataDirectory, params string[] settings)
    {
        RunningHost.EnsureConsoleUser(dataDirectory);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(HostAssembly());
        string[] arguments =
        [
            $"--urls={address.ToString().TrimEnd('/')}",
            "--environment=Production",
            $"--KnowledgeBot:DataDirectory={dataDirectory}",
            $"--KnowledgeBot:Sources:FichesDirectory={Path.Combine(dataDirectory, "no-fiches")}",
            "--KnowledgeBot:Web:MessagesPerMinute=100000",
            "--KnowledgeBot:Web:PollsPerMinute=100000",
            "--KnowledgeBot:Web:BotMessagesPerMinute=100000",
            "--KnowledgeBot:Bot:AllowUnauthenticatedLocalChannels=true",
            .. settings.Select(s => "--" + s),
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web host.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) host.Output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) host.Output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient(bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: no shutdown, no flush, no finally block runs in the host.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Answers /health and has an index to search (built on the first start).</summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{string.Join('\n', Output)}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "health"));
                if (response.IsSuccessStatusCode && IndexReady())
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:N0} s:\n{string.Join('\n', Output)}");
    }

    /// <summary>The host logs "No index…" when it starts building one and "Index built" when done.</summary>
    private bool IndexReady() =>
        Output.Any(l => l.Contains("Index built", StringComparison.Ordinal)) || !Output.Any(l => l.Contains("No index in", StringComparison.Ordinal)) && Output.Any(l => l.Contains("Now listening", StringComparison.Ordinal));

    /// <summary>The host built beside this test assembly, in the same configuration (Release under the README's test command).</summary>
    private static string HostAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var assembly = KnowledgeBotHome.Resolve(Path.Combine("src", "KnowledgeBot.Web", "bin", configuration, "net10.0", "KnowledgeBot.Web.dll"));
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build src/KnowledgeBot.Web first.", assembly);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }
}
