using System.Net;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeBot.Web.Tests.Console;

/// <summary>Each role on each console route, pages and APIs: allowed, a French 403, or (without a session) the login page.</summary>
[Collection(HostCollection.Name)]
public sealed class RoleMatrixTests(SharedHost shared)
{
    private const string MessageId = "{message}";
    private const string AnswerId = "{answer}";

    private static readonly ConsoleRole[] Cm = [ConsoleRole.Cm, ConsoleRole.Admin];
    private static readonly ConsoleRole[] Expert = [ConsoleRole.Expert, ConsoleRole.Admin];
    private static readonly ConsoleRole[] Admin = [ConsoleRole.Admin];
    private static readonly ConsoleRole[] Everyone = [ConsoleRole.Cm, ConsoleRole.Expert, ConsoleRole.Admin];

    /// <param name="Template">The route as the host maps it.</param>
    /// <param name="Form">What a POST sends: refused input, so that an allowed request changes nothing either.</param>
    /// <param name="Allowed">The status an allowed role gets.</param>
    private sealed record Route(string Method, string Template, string Path, ConsoleRole[] Roles, HttpStatusCode Allowed, Dictionary<string, string>? Form = null);

    private static readonly Route[] Routes =
    [
        new("GET", "/console", "/console", Cm, HttpStatusCode.OK),
        new("GET", "/console/new", "/console/new", Cm, HttpStatusCode.OK),
        new("GET", "/console/search", "/console/search?q=perruque", Cm, HttpStatusCode.OK),
        new("GET", "/console/dashboard", "/console/dashboard", Cm, HttpStatusCode.OK),
        new("GET", "/console/export.csv", "/console/export.csv", Cm, HttpStatusCode.OK),
        new("GET", "/console/api/inbox", "/console/api/inbox", Cm, HttpStatusCode.OK),
        new("GET", "/console/messages/{id:long}", $"/console/messages/{MessageId}", Cm, HttpStatusCode.OK),
        new("POST", "/console/messages", "/console/messages", Cm, HttpStatusCode.Redirect, new() { ["channel"] = "Email", ["text"] = " " }),
        new("POST", "/console/messages/{id:long}/approve", $"/console/messages/{MessageId}/approve", Cm, HttpStatusCode.Redirect, new() { ["text"] = " " }),
        new("POST", "/console/messages/{id:long}/reject", $"/console/messages/{MessageId}/reject", Cm, HttpStatusCode.Redirect, new() { ["reason"] = new string('x', 501) }),
        new("POST", "/console/messages/{id:long}/assign", $"/console/messages/{MessageId}/assign", Cm, HttpStatusCode.Redirect, new() { ["assignee"] = "personne" }),
        new("POST", "/console/messages/{id:long}/drafts/{rank:int}/flag", $"/console/messages/{MessageId}/drafts/0/flag", Cm, HttpStatusCode.BadRequest, new() { ["kind"] = "inconnu" }),
        new("POST", "/console/messages/{id:long}/ask", $"/console/messages/{MessageId}/ask", Cm, HttpStatusCode.Redirect, new() { ["to"] = "expert:personne" }),
        new("POST", "/console/messages/{id:long}/advice/{requestId:long}/answer", $"/console/messages/{MessageId}/advice/999999/answer", Cm, HttpStatusCode.NotFound, new() { ["answer"] = "Réponse." }),
        new("GET", "/console/expert", "/console/expert", Expert, HttpStatusCode.OK),
        new("POST", "/console/expert/merge", "/console/expert/merge", Expert, HttpStatusCode.NotFound, new() { ["ids"] = "answer:CM-999999", ["keep"] = "answer:CM-999999", ["text"] = "Texte." }),
        new("POST", "/console/expert/requests/{requestId:long}/answer", "/console/expert/requests/999999/answer", Expert, HttpStatusCode.NotFound, new() { ["answer"] = "Réponse." }),
        new("POST", "/console/expert/{id}/validate", "/console/expert/answer:CM-999999/validate", Expert, HttpStatusCode.NotFound, []),
        new("POST", "/console/expert/{id}/reject", "/console/expert/answer:CM-999999/reject", Expert, HttpStatusCode.NotFound, []),
        new("POST", "/console/expert/{id}/supersede", "/console/expert/answer:CM-999999/supersede", Expert, HttpStatusCode.NotFound, new() { ["text"] = "Nouveau texte." }),
        new("GET", "/console/gaps", "/console/gaps", Everyone, HttpStatusCode.OK),
        new("GET", "/console/audit", "/console/audit", Admin, HttpStatusCode.OK),
        new("GET", "/console/answers/{id}", $"/console/answers/{AnswerId}", Everyone, HttpStatusCode.OK),
        new("GET", "/console/password", "/console/password", Everyone, HttpStatusCode.OK),
        new("POST", "/console/password", "/console/password", Everyone, HttpStatusCode.Redirect, new() { ["current"] = "x", ["password"] = "a", ["confirmation"] = "b" }),
        new("POST", "/console/logout", "/console/logout", Everyone, HttpStatusCode.Redirect, []),
    ];

    private static readonly string[] NotGuarded = ["/console/login"];

    private readonly RunningHost _host = shared.Host;

    public static TheoryData<string, string, ConsoleRole> RoleOnRoute()
    {
        var data = new TheoryData<string, string, ConsoleRole>();
        foreach (var route in Routes)
            foreach (var role in Enum.GetValues<ConsoleRole>())
                data.Add(route.Method, route.Path, role);
        return data;
    }

    public static TheoryData<string, string> EveryRoute()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes)
            data.Add(route.Method, route.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleOnRoute))]
    public async Task A_role_opens_the_routes_of_its_work_and_gets_a_French_403_elsewhere_with_nothing_written(string method, string path, ConsoleRole role)
    {
        var route = Routes.Single(r => r.Method == method && r.Path == path);
        // Logging out ends every session of the account: that row has an account of its own.
        var session = route.Template == "/console/logout" ? await RoleSessions.NewAsync(_host, role) : await RoleSessions.SharedAsync(_host, role);
        var target = Concrete(path);
        var before = (Rows.All(_host), Rows.Count(_host, "audit_log"), Rows.Count(_host, "approved_answers"));

        var response = route.Form is null
            ? await session.Http.GetAsync(target)
            : await session.PostFormAsync("/console/password", target, new(route.Form));

        if (route.Roles.Contains(role))
        {
            Assert.Equal(route.Allowed, response.StatusCode);
            Assert.False(response.Headers.Location?.ToString().StartsWith("/console/login", StringComparison.Ordinal) == true && route.Template != "/console/logout",
                $"{role} on {path} was sent to the login page");
            return;
        }
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        if (!path.StartsWith("/console/api/", StringComparison.Ordinal))
        {
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("<html lang=\"fr\">", page);
            Assert.Contains("Accès refusé", page);
            Assert.Contains("Votre rôle ne donne pas accès à cette page.", page);
        }
        Assert.Equal(before, (Rows.All(_host), Rows.Count(_host, "audit_log"), Rows.Count(_host, "approved_answers")));
    }

    [Theory]
    [MemberData(nameof(EveryRoute))]
    public async Task Without_a_session_every_console_route_sends_to_the_login_page_and_the_api_answers_401(string method, string path)
    {
        var before = Rows.All(_host);

        var response = await _host.CreateClient(followRedirects: false).SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(path))
        {
            Content = method == "POST" ? new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" }) : null,
        });

        if (path.StartsWith("/console/api/", StringComparison.Ordinal))
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery);
        }
        Assert.Equal(before, Rows.All(_host));
    }

    [Fact]
    public void The_matrix_covers_every_console_route_the_host_maps()
    {
        var mapped = _host.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(t => t.StartsWith("/console", StringComparison.Ordinal) && !NotGuarded.Contains(t))
            .ToHashSet();

        Assert.Empty(mapped.Except(Routes.Select(r => r.Template)));
    }

    [Fact]
    public async Task The_navigation_shows_only_what_the_role_may_open()
    {
        var cm = await (await RoleSessions.SharedAsync(_host, ConsoleRole.Cm)).Http.GetStringAsync("/console/password");
        var expert = await (await RoleSessions.SharedAsync(_host, ConsoleRole.Expert)).Http.GetStringAsync("/console/password");
        var admin = await (await RoleSessions.SharedAsync(_host, ConsoleRole.Admin)).Http.GetStringAsync("/console/password");

        Assert.Contains("href=\"/console/dashboard\"", cm);
        Assert.DoesNotContain("href=\"/console/audit\"", cm);
        Assert.DoesNotContain("href=\"/console/expert\"", cm);
        Assert.Contains("href=\"/console/expert\"", expert);
        Assert.DoesNotContain("href=\"/console/dashboard\"", expert);
        Assert.DoesNotContain("href=\"/console/audit\"", expert);
        Assert.Contains("href=\"/console/gaps\"", expert);
        Assert.Contains("href=\"/console/gaps\"", cm);
        Assert.Contains("href=\"/console/expert\"", admin);
        Assert.Contains("href=\"/console/audit\"", admin);
        Assert.Contains("href=\"/console/dashboard\"", admin);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RunningHost, long> PendingMessages = new();

    /// <summary>The path with a pending message of the host (made once) and a past answer of the corpus.</summary>
    private string Concrete(string path)
    {
        var message = PendingMessages.GetOrAdd(_host, host =>
            host.Get<ReviewService>().Submit(RunningHost.UserName, Channel.Email, "Bonjour, une question sur la perruque pour le tableau des rôles.").Id!.Value);
        return path.Replace(MessageId, message.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(AnswerId, "answer:PA-0001", StringComparison.Ordinal);
    }
}
