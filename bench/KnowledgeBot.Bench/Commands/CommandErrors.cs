namespace KnowledgeBot.Bench.Commands;

/// <summary>Bad input or a failed measurement ends the program with one line on stderr and a non-zero exit code.</summary>
public static class CommandErrors
{
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidOperationException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            return 1;
        }
    }
}
