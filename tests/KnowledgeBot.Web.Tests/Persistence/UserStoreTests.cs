using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

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

        Assert.Equal(("claire", false), _users.Authenticate("CLAIRE", "un-long-mot-de-passe") is { } signedIn ? (signedIn.Name, signedIn.MustChangePassword) : default);
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
        Assert.Equal(("admin", true), _users.Authenticate("admin", password) is { } signedIn ? (signedIn.Name, signedIn.MustChangePassword) : default);
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
        Assert.Equal(("admin", false), _users.Authenticate("admin", "nouveau-mot-de-passe") is { } signedIn ? (signedIn.Name, signedIn.MustChangePassword) : default);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("password1234")]
    [InlineData("azertyuiopqsdf")]
    [InlineData("claireclaire1")]
    public void A_common_repeated_or_predictable_password_is_rejected(string password) =>
        Assert.Throws<AccountRejectedException>(() => _users.Add("claire", password));

    [Fact]
    public void Repeated_failures_lock_the_account_for_growing_delays_even_against_the_right_password()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var users = new UserStore(_database, clock);
        users.Add("claire", "un-long-mot-de-passe");

        for (var i = 1; i < UserStore.FailuresBeforeLock; i++)
            Assert.Equal(SignInOutcome.Failed, users.SignIn("claire", "faux").Outcome);
        var locked = users.SignIn("claire", "faux");
        Assert.Equal(SignInOutcome.LockedOut, locked.Outcome);
        Assert.Equal(clock.GetUtcNow().AddMinutes(1), locked.LockedUntil);
        Assert.Equal(SignInOutcome.LockedOut, users.SignIn("claire", "un-long-mot-de-passe").Outcome);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(clock.GetUtcNow().AddMinutes(2), users.SignIn("claire", "faux").LockedUntil);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(SignInOutcome.Succeeded, users.SignIn("claire", "un-long-mot-de-passe").Outcome);
        Assert.Equal(SignInOutcome.Failed, users.SignIn("claire", "faux").Outcome);
    }

    [Fact]
    public void Password_change_reset_and_disable_each_give_a_new_security_stamp_and_a_disabled_account_cannot_sign_in()
    {
        _users.Add("claire", "un-long-mot-de-passe");
        var stamps = new List<string?> { _users.SecurityStamp("claire") };

        _users.ChangePassword("claire", "un-long-mot-de-passe", "un-autre-long-secret");
        stamps.Add(_users.SecurityStamp("claire"));
        var reset = _users.Reset("claire");
        stamps.Add(_users.SecurityStamp("claire"));
        _users.SetDisabled("claire", true);

        Assert.Null(_users.SecurityStamp("claire"));
        Assert.Equal(SignInOutcome.Failed, _users.SignIn("claire", reset).Outcome);
        Assert.DoesNotContain("claire", _users.Names());
        _users.SetDisabled("claire", false);
        stamps.Add(_users.SecurityStamp("claire"));
        Assert.Equal(4, stamps.Distinct().Count());
        Assert.True(_users.SignIn("claire", reset).Account!.MustChangePassword);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
