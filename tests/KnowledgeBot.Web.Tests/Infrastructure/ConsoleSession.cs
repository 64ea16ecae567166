using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>A CM signed in to the console over HTTP: cookies, and the anti-forgery token of the page last read.</summary>
public sealed partial class ConsoleSession(HttpClient http, CookieContainer? cookies = null)
{
    public HttpClient Http => http;

    /// <summary>The account signed in, once signed in.</summary>
    public string UserName { get; private set; } = "";

    /// <summary>The session cookie as the browser would send it (to replay it later, as someone who copied it would).</summary>
    public string Cookie() => cookies?.GetCookieHeader(http.BaseAddress!) ?? throw new InvalidOperationException("This session does not keep its cookies.");

    public static Task<ConsoleSession> SignInAsync(RunningHost host, string name = RunningHost.UserName, string password = RunningHost.Password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = host.BaseAddress };
        return SignInAsync(new ConsoleSession(http, cookies), name, password);
    }

    /// <param name="http">A client of the host that does not follow redirects.</param>
    public static Task<ConsoleSession> SignInAsync(HttpClient http, string name = RunningHost.UserName, string password = RunningHost.Password) =>
        SignInAsync(new ConsoleSession(http), name, password);

    private static async Task<ConsoleSession> SignInAsync(ConsoleSession session, string name, string password)
    {
        var response = await session.PostFormAsync("/console/login", "/console/login", new() { ["name"] = name, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString() is not ("/console" or "/console/expert"))
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
        session.UserName = name;
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
