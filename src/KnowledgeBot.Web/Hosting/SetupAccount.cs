using KnowledgeBot.Core.Accounts;

namespace KnowledgeBot.Web.Hosting;

/// <summary>
/// On a first start with no console user, creates the account "admin" with a random password and writes it
/// once to the console output, to be replaced at the first sign-in (not to the logs, which may be shipped elsewhere). There is never a fixed default password.
/// </summary>
public sealed class SetupAccount(UserStore users, TextWriter output) : IHostedService
{
    public const string UserName = "admin";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (users.Count() > 0)
            return Task.CompletedTask;
        var password = PasswordHashing.NewRandomPassword();
        users.Add(UserName, password, ConsoleRole.Admin, mustChangePassword: true);
        output.WriteLine($"""

            KnowledgeBot — premier démarrage : compte de la console créé.
              utilisateur : {UserName}
              mot de passe : {password}
            Ce mot de passe n'est affiché qu'une fois et doit être changé à la première connexion.
            Créez vos propres comptes avec « kb user add NOM ».

            """);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
