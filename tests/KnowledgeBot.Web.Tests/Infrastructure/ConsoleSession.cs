using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>A CM signed in to the console over HTTP: cookies, and the anti-forgery token of the page last read.</summary>
public sealed partial class ConsoleSession(HttpClient http)
{
    public HttpClient Http => http;

    public static Task<ConsoleSession> SignInAsync(RunningHost host, string name = RunningHost.UserName, string password = RunningHost.Password) =>
        SignInAsync(host.CreateClient(followRedirects: false), name, password);

    /// <param name="http">A client of the host that does not follow redirects.</param>
    public static async Task<ConsoleSession> SignInAsync(HttpClient http, string name = RunningHost.UserName, string password = RunningHost.Password)
    {
        var session = new ConsoleSession(http);
        var response = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = name, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString() != "/console")
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
        return session;
    }

    /// <summary>Reads <paramref name="page"/> for its anti-forgery token, then posts the form like the browser would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await http.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
