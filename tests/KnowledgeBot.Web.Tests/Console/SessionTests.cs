using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

[Collection(HostCollection.Name)]
public sealed class SessionTests(SharedHost shared)
{
    private const string Password = "un-secret-de-session-7";
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task A_cookie_saved_before_logout_no_longer_opens_the_console()
    {
        var name = NewUser();
        var session = await ConsoleSession.SignInAsync(_host, name, Password);
        var saved = session.Cookie();

        await session.PostFormAsync("/console", "/console/logout", new());

        Assert.Equal(HttpStatusCode.Redirect, (await WithCookie(saved).GetAsync("/console/search")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_saved_before_a_password_change_or_a_disable_no_longer_opens_the_console()
    {
        var name = NewUser();
        var other = (await ConsoleSession.SignInAsync(_host, name, Password)).Cookie();
        var session = await ConsoleSession.SignInAsync(_host, name, Password);

        var changed = await session.PostFormAsync("/console/password", "/console/password", new()
        {
            ["current"] = Password, ["password"] = "un-nouveau-secret-de-session-8", ["confirmation"] = "un-nouveau-secret-de-session-8",
        });

        Assert.Equal("/console", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookie(other).GetAsync("/console/search")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/console/search")).StatusCode);
        _host.Get<UserStore>().SetDisabled(name, true);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/console/search")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_of_the_account_and_the_next_one_carries_the_new_role()
    {
        var name = NewUser();
        var session = await ConsoleSession.SignInAsync(_host, name, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/console")).StatusCode);

        _host.Get<UserStore>().SetRole(name, ConsoleRole.Expert);

        var ended = await session.Http.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/console/login", ended.Headers.Location!.PathAndQuery);
        var again = await ConsoleSession.SignInAsync(_host, name, Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.Http.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_say_so_and_are_audited()
    {
        var name = NewUser();
        var session = new ConsoleSession(_host.CreateClient(followRedirects: false));
        HttpResponseMessage? last = null;
        for (var i = 0; i < UserStore.FailuresBeforeLock; i++)
            last = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = name, ["password"] = "pas-le-bon-" + i });

        Assert.Equal("/console/login?error=locked", last!.Headers.Location!.ToString());
        var right = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = name, ["password"] = Password });
        Assert.Equal("/console/login?error=locked", right.Headers.Location!.ToString());
        Assert.Contains("ce compte est verrouillé", WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console/login?error=locked")));
        Assert.Contains(_host.Get<AuditLog>().Page(null, null, 1, 100).Entries, e => e.Action == "login.locked" && e.UserName == name);
    }

    private string NewUser()
    {
        var name = "cm-" + Guid.NewGuid().ToString("N")[..8];
        _host.Get<UserStore>().Add(name, Password);
        return name;
    }

    private HttpClient WithCookie(string cookie)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }
}
