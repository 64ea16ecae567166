using KnowledgeBot.Cli.Tests.Support;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Cli.Tests;

public sealed class UserCommandTests : IDisposable
{
    private readonly SampleSetup _setup = new();

    [Fact]
    public async Task User_add_creates_an_account_with_a_random_password_printed_once()
    {
        var result = await _setup.RunAsync("user", "add", "claire");

        Assert.Equal(0, result.ExitCode);
        var password = result.Output.Trim().Split("(shown once): ")[1];
        var users = new UserStore(new KnowledgeBotDatabase(_setup.DataDirectory));
        Assert.Equal(("claire", false), users.Authenticate("claire", password) is { } signedIn ? (signedIn.Name, signedIn.MustChangePassword) : default);
    }

    [Fact]
    public async Task User_add_with_a_taken_name_is_a_one_line_error()
    {
        await _setup.RunAsync("user", "add", "claire");

        var result = await _setup.RunAsync("user", "add", "Claire");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("erreur : user 'Claire' already exists", Assert.Single(result.ErrorLines));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _setup.Dispose();
    }
}
