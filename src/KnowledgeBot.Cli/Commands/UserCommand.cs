using System.CommandLine;
using KnowledgeBot.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Cli.Commands;

/// <summary>
/// <c>kb user add|list|role|reset|disable|enable</c>: console accounts and their roles (cm, expert, admin). A generated
/// password is printed once; role, reset, disable and enable end the account's open sessions.
/// </summary>
internal static class UserCommand
{
    public static Command Create() => new("user", "Manage console accounts") { Add(), List(), Role(), Reset(), Toggle("disable", true), Toggle("enable", false) };

    private static Command Add()
    {
        var name = NameArgument();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating one" };
        var role = new Option<string>("--role") { Description = "cm (answers messages, the default), expert (validates answers) or admin (everything)", DefaultValueFactory = _ => ConsoleRoles.Cm };
        var add = new Command("add", "Create a console account") { name, passwordStdin, role };
        add.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? PasswordHashing.NewRandomPassword() : Console.In.ReadLine() ?? "";
            var user = parseResult.GetValue(name)!.Trim();
            var given = Rejected(() => ConsoleRoles.Parse(parseResult.GetValue(role)));
            Rejected(() => services.GetRequiredService<UserStore>().Add(user, password, given));
            var created = $"user {user} created with role {given.Wire()}";
            Console.Out.WriteLine(generated ? $"{created}; password (shown once): {password}" : created);
            return Task.FromResult(0);
        }, cancellationToken));
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List the accounts: role, created, disabled, locked, password to change");
        list.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            foreach (var user in services.GetRequiredService<UserStore>().List())
            {
                var state = new List<string>();
                if (user.Disabled)
                    state.Add("disabled");
                if (user.LockedUntil > DateTimeOffset.UtcNow)
                    state.Add($"locked until {user.LockedUntil:yyyy-MM-dd HH:mm} UTC");
                if (user.MustChangePassword)
                    state.Add("must change password");
                if (user.FailedSignIns > 0)
                    state.Add($"{user.FailedSignIns} failed sign-ins");
                Console.Out.WriteLine($"{user.Name}\t{user.Role.Wire()}\tcreated {user.CreatedAt:yyyy-MM-dd}\t{(state.Count == 0 ? "active" : string.Join(", ", state))}");
            }
            return Task.FromResult(0);
        }, cancellationToken));
        return list;
    }

    private static Command Role()
    {
        var name = NameArgument();
        var role = new Argument<string>("ROLE") { Description = "cm, expert or admin" };
        var command = new Command("role", "Give the account another role and end its sessions") { name, role };
        command.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var user = parseResult.GetValue(name)!.Trim();
            var given = Rejected(() => ConsoleRoles.Parse(parseResult.GetValue(role)));
            Rejected(() => services.GetRequiredService<UserStore>().SetRole(user, given));
            Console.Out.WriteLine($"user {user} now has role {given.Wire()}; their sessions have ended");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }

    private static Command Reset()
    {
        var name = NameArgument();
        var reset = new Command("reset", "Give the account a new random password (printed once, to change at the next sign-in), unlock it, end its sessions") { name };
        reset.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var user = parseResult.GetValue(name)!.Trim();
            var password = Rejected(() => services.GetRequiredService<UserStore>().Reset(user));
            Console.Out.WriteLine($"user {user} reset; new password (shown once, to change at the next sign-in): {password}");
            return Task.FromResult(0);
        }, cancellationToken));
        return reset;
    }

    private static Command Toggle(string verb, bool disabled)
    {
        var name = NameArgument();
        var toggle = new Command(verb, disabled ? "Disable the account and end its sessions" : "Enable a disabled account (same password)") { name };
        toggle.SetAction((parseResult, cancellationToken) => CliApplication.RunCommandAsync(parseResult, (services, _) =>
        {
            var user = parseResult.GetValue(name)!.Trim();
            Rejected(() => services.GetRequiredService<UserStore>().SetDisabled(user, disabled));
            Console.Out.WriteLine($"user {user} {verb}d");
            return Task.FromResult(0);
        }, cancellationToken));
        return toggle;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "The account's login name" };

    private static T Rejected<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (AccountRejectedException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    private static void Rejected(Action change) => Rejected(() => { change(); return 0; });
}
