using System.CommandLine;
using KnowledgeBot.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary><c>kb user add NAME</c>: creates a CM console account with a random password (printed once) or one read from stdin.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The account's login name" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating one" };
        var add = new Command("add", "Create a CM console account") { name, passwordStdin };
        add.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? PasswordHashing.NewRandomPassword() : Console.In.ReadLine() ?? "";
            try
            {
                services.GetRequiredService<UserStore>().Add(parseResult.GetValue(name)!, password);
            }
            catch (AccountRejectedException e)
            {
                throw new UserInputException(e.Message);
            }
            Console.Out.WriteLine(generated
                ? $"user {parseResult.GetValue(name)!.Trim()} created; password (shown once): {password}"
                : $"user {parseResult.GetValue(name)!.Trim()} created");
            return Task.FromResult(0);
        }, cancellationToken));

        var command = new Command("user", "Manage CM console accounts") { add };
        return command;
    }
}
