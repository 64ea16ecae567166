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

    [Fact]
    public async Task User_reset_disable_enable_and_list_manage_an_account_as_an_admin_would()
    {
        await _setup.RunAsync("user", "add", "claire");
        var users = new UserStore(new KnowledgeBotDatabase(_setup.DataDirectory));

        var reset = await _setup.RunAsync("user", "reset", "claire");
        var password = reset.Output.Trim().Split("(shown once, to change at the next sign-in): ")[1];
        Assert.True(users.Authenticate("claire", password)!.MustChangePassword);
        Assert.Equal(0, (await _setup.RunAsync("user", "disable", "claire")).ExitCode);
        Assert.Null(users.Authenticate("claire", password));
        Assert.Contains("claire\tcm\tcreated", (await _setup.RunAsync("user", "list")).Output);
        Assert.Contains("disabled", (await _setup.RunAsync("user", "list")).Output);
        Assert.Equal(0, (await _setup.RunAsync("user", "enable", "claire")).ExitCode);
        Assert.NotNull(users.Authenticate("claire", password));
        var unknown = await _setup.RunAsync("user", "reset", "personne");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal("erreur : no user 'personne'", Assert.Single(unknown.ErrorLines));
    }

    [Fact]
    public async Task User_add_with_a_role_and_user_role_set_the_role_list_shows_it_and_a_role_change_ends_the_sessions()
    {
        var added = await _setup.RunAsync("user", "add", "paul", "--role", "expert");
        var users = new UserStore(new KnowledgeBotDatabase(_setup.DataDirectory));
        var stamp = users.SecurityStamp("paul");

        var changed = await _setup.RunAsync("user", "role", "paul", "admin");

        Assert.StartsWith("user paul created with role expert; password (shown once): ", added.Output);
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal(ConsoleRole.Admin, users.Find("paul")!.Role);
        Assert.NotEqual(stamp, users.SecurityStamp("paul"));
        Assert.Contains("paul\tadmin\tcreated", (await _setup.RunAsync("user", "list")).Output);
        var unknown = await _setup.RunAsync("user", "role", "paul", "patron");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal("erreur : unknown role 'patron' (use cm, expert or admin)", Assert.Single(unknown.ErrorLines));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _setup.Dispose();
    }
}
