using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Persistence;

public sealed class UserStoreTests : IDisposable
{
    private readonly string _directory = RunningHost.NewDataDirectory();
    private readonly KnowledgeBotDatabase _database;
    private readonly UserStore _users;

    public UserStoreTests()
    {
        _database = new KnowledgeBotDatabase(_directory);
        _database.Migrate();
        _users = new UserStore(_database);
    }

    [Fact]
    public void Right_password_signs_in_and_wrong_one_does_not()
    {
        _users.Add("claire", "un-long-mot-de-passe");

        Assert.Equal(new UserAccount("claire", false), _users.Authenticate("CLAIRE", "un-long-mot-de-passe"));
        Assert.Null(_users.Authenticate("claire", "un-long-mot-de-passf"));
        Assert.Null(_users.Authenticate("inconnu", "un-long-mot-de-passe"));
    }

    [Fact]
    public void Same_password_is_stored_as_two_different_salted_hashes_without_the_password()
    {
        _users.Add("claire", "un-long-mot-de-passe");
        _users.Add("paul", "un-long-mot-de-passe");

        using var connection = _database.Open();
        var hashes = connection.Query("SELECT password_hash FROM users", r => r.GetString(0));
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.All(hashes, hash =>
        {
            Assert.StartsWith("pbkdf2-sha512$", hash);
            Assert.DoesNotContain("un-long-mot-de-passe", hash);
        });
    }

    [Fact]
    public void A_taken_name_or_a_short_password_is_rejected()
    {
        _users.Add("claire", "un-long-mot-de-passe");

        Assert.Throws<AccountRejectedException>(() => _users.Add("Claire", "un-autre-mot-de-passe"));
        Assert.Throws<AccountRejectedException>(() => _users.Add("paul", "court"));
        Assert.Equal(["claire"], _users.Names());
    }

    [Fact]
    public async Task First_start_without_users_creates_admin_with_a_random_password_written_once()
    {
        var first = new StringWriter();
        var second = new StringWriter();

        await new Web.Hosting.SetupAccount(_users, first).StartAsync(CancellationToken.None);
        await new Web.Hosting.SetupAccount(_users, second).StartAsync(CancellationToken.None);

        var password = first.ToString().Split('\n').Single(l => l.Contains("mot de passe :")).Split(':')[1].Trim();
        Assert.Equal(20, password.Length);
        Assert.Equal(new UserAccount("admin", MustChangePassword: true), _users.Authenticate("admin", password));
        Assert.Equal("", second.ToString());
    }

    [Fact]
    public void Changing_the_password_needs_the_current_one_and_clears_the_setup_flag()
    {
        _users.Add("admin", "mot-de-passe-genere", mustChangePassword: true);

        Assert.Throws<AccountRejectedException>(() => _users.ChangePassword("admin", "pas-le-bon-mot", "nouveau-mot-de-passe"));
        Assert.Throws<AccountRejectedException>(() => _users.ChangePassword("admin", "mot-de-passe-genere", "court"));
        _users.ChangePassword("admin", "mot-de-passe-genere", "nouveau-mot-de-passe");

        Assert.Null(_users.Authenticate("admin", "mot-de-passe-genere"));
        Assert.Equal(new UserAccount("admin", MustChangePassword: false), _users.Authenticate("admin", "nouveau-mot-de-passe"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
