using System.CommandLine;
using KnowledgeBot.Core.Sources;
using Lucene.Net.Store;

namespace KnowledgeBot.Cli;

/// <summary>Parses the command line, runs one command, and turns failures into one line on stderr and a non-zero exit.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("KnowledgeBot: vetted knowledge base and draft replies for the community manager");
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Config);
        return root;
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"erreur : {parsed.Errors[0].Message} (kb --help)");
            return 2;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>Runs a command's work with the composed services; known failures become a one-line error.</summary>
    public static async Task<int> RunCommandAsync(ParseResult parseResult, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = CliServices.Build(parseResult);
            return await work(services, cancellationToken);
        }
        catch (LockObtainFailedException)
        {
            Console.Error.WriteLine("erreur : l'index est déjà en cours de mise à jour par un autre processus ; réessayez quand il aura fini");
            return 1;
        }
        catch (Exception e) when (e is SourceFormatException or FileNotFoundException or DirectoryNotFoundException
                                      or InvalidDataException or UserInputException)
        {
            Console.Error.WriteLine($"erreur : {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("interrompu");
            return 130;
        }
    }
}

/// <summary>A problem with what the user asked for (explained in the message).</summary>
internal sealed class UserInputException(string message) : Exception(message);
