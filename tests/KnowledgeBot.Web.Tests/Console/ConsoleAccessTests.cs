using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

[Collection(HostCollection.Name)]
public sealed class ConsoleAccessTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Theory]
    [InlineData("GET", "/console")]
    [InlineData("GET", "/console/new")]
    [InlineData("GET", "/console/search?q=perruque")]
    [InlineData("GET", "/console/audit")]
    [InlineData("GET", "/console/messages/1")]
    [InlineData("POST", "/console/messages")]
    [InlineData("POST", "/console/messages/1/approve")]
    [InlineData("POST", "/console/messages/1/reject")]
    [InlineData("POST", "/console/messages/1/assign")]
    [InlineData("POST", "/console/logout")]
    [InlineData("GET", "/console/password")]
    [InlineData("POST", "/console/password")]
    public async Task Every_console_route_sends_a_visitor_without_a_session_to_the_login_page(string method, string path)
    {
        var before = Rows.All(_host);

        var response = await _host.CreateClient(followRedirects: false).SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" }) : null,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery);
        Assert.Equal(before, Rows.All(_host));
    }

    [Fact]
    public async Task The_live_inbox_summary_is_401_without_a_session_and_counts_the_waiting_messages_with_one()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient(followRedirects: false).GetAsync("/console/api/inbox")).StatusCode);
        var session = await ConsoleSession.SignInAsync(_host);

        var summary = System.Text.Json.JsonDocument.Parse(await session.Http.GetStringAsync("/console/api/inbox")).RootElement;

        Assert.Equal(_host.Get<Web.Review.ReviewQueue>().Inbox().Count, summary.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Setup_account_must_choose_its_own_password_before_anything_else()
    {
        _host.Get<UserStore>().Add("installation", "mot-de-passe-genere-1", mustChangePassword: true);
        var http = _host.CreateClient(followRedirects: false);
        var session = new ConsoleSession(http);

        var login = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = "installation", ["password"] = "mot-de-passe-genere-1" });
        var inbox = await http.GetAsync("/console");
        var changed = await session.PostFormAsync("/console/password", "/console/password", new()
        {
            ["current"] = "mot-de-passe-genere-1",
            ["password"] = "mon-propre-mot-de-passe",
            ["confirmation"] = "mon-propre-mot-de-passe",
        });

        Assert.Equal("/console/password", login.Headers.Location!.ToString());
        Assert.StartsWith("/console/password", inbox.Headers.Location!.PathAndQuery);
        Assert.Equal("/console", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/console")).StatusCode);
        Assert.Equal(("installation", false), _host.Get<UserStore>().Authenticate("installation", "mon-propre-mot-de-passe") is { } signedIn ? (signedIn.Name, signedIn.MustChangePassword) : default);
    }

    [Fact]
    public async Task Wrong_password_does_not_open_a_session()
    {
        var http = _host.CreateClient(followRedirects: false);
        var session = new ConsoleSession(http);

        var response = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = RunningHost.UserName, ["password"] = "pas-le-bon-mot-de-passe" });

        Assert.Equal("/console/login?error=1", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/console")).StatusCode);
    }

    [Theory]
    [InlineData("/console/messages", "channel=Email&text=Bonjour, une question sur les aides.")]
    [InlineData("/console/messages/1/ask", "to=comite&note=Un mot.")]
    [InlineData("/console/expert/merge", "ids=answer:CM-000001&keep=answer:CM-000002&text=Texte réuni.")]
    public async Task Form_posted_without_its_anti_forgery_token_is_refused(string action, string form)
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var before = Rows.All(_host);

        var response = await session.Http.PostAsync(action, new FormUrlEncodedContent(
            form.Split('&').Select(pair => pair.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Rows.All(_host));
    }

    [Fact]
    public async Task Login_form_without_its_anti_forgery_token_is_refused()
    {
        var response = await _host.CreateClient(followRedirects: false).PostAsync("/console/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = RunningHost.UserName,
            ["password"] = RunningHost.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Security_headers_forbid_inline_script_and_framing_of_the_console_but_not_of_the_widget()
    {
        var http = _host.CreateClient();

        var console = await http.GetAsync("/console/login");
        var widget = await http.GetAsync("/widget/");

        var consolePolicy = console.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", consolePolicy);
        Assert.DoesNotContain("unsafe-inline", consolePolicy);
        Assert.Contains("frame-ancestors 'none'", consolePolicy);
        Assert.Equal("DENY", console.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", console.Headers.GetValues("X-Content-Type-Options").Single());
        var widgetPolicy = widget.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", widgetPolicy);
        Assert.Contains("frame-ancestors *", widgetPolicy);
        Assert.False(widget.Headers.Contains("X-Frame-Options"));
    }
}
