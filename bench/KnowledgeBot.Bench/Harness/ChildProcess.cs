using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeBot.Bench.Harness;

/// <summary>
/// Runs one measurement of this program in a fresh process, so that each one starts cold and its peak
/// memory is its own. The child prints its result as one <c>RESULT {json}</c> line on standard output.
/// </summary>
public static class ChildProcess
{
    private const string ResultPrefix = "RESULT ";

    public static async Task<T> RunAsync<T>(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measurement process.");
        string? result = null;
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                result = line[ResultPrefix.Length..];
            else
                Console.WriteLine("    " + line);
        }
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"Measurement '{string.Join(' ', start.ArgumentList)}' failed (exit code {process.ExitCode}).");
        return JsonSerializer.Deserialize<T>(result, Json.Options)!;
    }

    /// <summary>Called in the child: hands the result to the parent.</summary>
    public static void Report<T>(T result) =>
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, Json.Options));
}
