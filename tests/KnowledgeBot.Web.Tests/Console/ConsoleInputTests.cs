using System.Net;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Console;

/// <summary>Console forms checked against their real domains: a value the form cannot offer is refused, never stored.</summary>
[Collection(HostCollection.Name)]
public sealed class ConsoleInputTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task A_channel_the_form_does_not_offer_is_refused_and_nothing_is_stored()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var before = Rows.Count(_host, "incoming_messages");

        var response = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "99", ["text"] = "Bonjour, une question." });

        Assert.Equal("/console/new?error=unknown-channel", response.Headers.Location!.ToString());
        Assert.Equal(before, Rows.Count(_host, "incoming_messages"));
    }

    [Fact]
    public async Task A_reject_reason_longer_than_the_form_allows_is_refused_and_the_message_stays_pending()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        var created = await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Email", ["text"] = "Bonjour, une question sur le bénévolat." });
        var id = long.Parse(created.Headers.Location!.ToString().Split('/')[^1]);

        var response = await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/reject", new() { ["reason"] = new string('x', 60_000) });

        Assert.Equal($"/console/messages/{id}?error=too-long", response.Headers.Location!.ToString());
        Assert.Equal(MessageStatus.Pending, _host.Get<ReviewQueue>().Find(id)!.Status);
    }

    [Theory]
    [InlineData("/console/\t/x")]
    [InlineData("/console\\\\evil.example")]
    [InlineData("/console//evil.example")]
    [InlineData("https://evil.example/console")]
    public async Task A_return_address_that_is_not_plainly_a_console_page_sends_to_the_inbox_never_a_500(string returnUrl)
    {
        var session = new ConsoleSession(_host.CreateClient(followRedirects: false));

        var response = await session.PostFormAsync("/console/login", "/console/login", new()
        {
            ["name"] = RunningHost.UserName, ["password"] = RunningHost.Password, ["returnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_audit_page_is_in_french_filters_decisions_apart_from_sign_ins_and_pages()
    {
        var session = await ConsoleSession.SignInAsync(_host);
        for (var i = 0; i < 3; i++)
            await session.PostFormAsync("/console/new", "/console/messages", new() { ["channel"] = "Forum", ["text"] = $"Bonjour, question {i} sur les dons." });

        var decisions = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console/audit?type=decisions"));
        var signIns = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/console/audit?type=connexions"));

        Assert.Contains("Message collé", decisions);
        Assert.DoesNotContain("<td>Connexion</td>", decisions);
        Assert.Contains("<td>Connexion</td>", signIns);
        Assert.DoesNotContain("Message collé", signIns);
        Assert.DoesNotContain("message.pasted", decisions);
        var user = "audit-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i <= Pages.Console.AuditModel.PageSize; i++)
            _host.Get<AuditLog>().Record(user, AuditActions.SignInFailed, null, null);
        Assert.Contains("Plus anciennes", WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/audit?user={user}")));
        var second = WebUtility.HtmlDecode(await session.Http.GetStringAsync($"/console/audit?user={user}&p=2"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(second, "Échec de connexion"));
        Assert.DoesNotContain("Plus anciennes", second);
    }
}
