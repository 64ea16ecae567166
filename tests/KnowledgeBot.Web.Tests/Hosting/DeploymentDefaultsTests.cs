using System.Net;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Hosting;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DeploymentDefaultsTests
{
    [Fact]
    public async Task The_host_s_address_leads_to_the_console_login()
    {
        await using var host = await RunningHost.StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/console/login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_database_and_the_cookie_keys_are_readable_by_the_host_account_only()
    {
        await using var host = await RunningHost.StartAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(host.DataDirectory, KnowledgeBotDatabase.FileName)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(host.DataDirectory, "keys")));
    }

    [Fact]
    public async Task With_a_keys_certificate_the_cookie_keys_are_encrypted_at_rest()
    {
        var data = RunningHost.NewDataDirectory();
        var pfx = Path.Combine(data, "keys.pfx");
        using (var rsa = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=knowledgebot-keys", rsa,
                System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            File.WriteAllBytes(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "un-mot-de-passe-de-cle"));
        }
        await using (var host = await RunningHost.StartAsync(data, null, $"KnowledgeBot:Web:KeysCertificate={pfx}", "KnowledgeBot:Web:KeysCertificatePassword=un-mot-de-passe-de-cle"))
            await ConsoleSession.SignInAsync(host);

        var key = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(data, "keys"), "key-*.xml").Single());
        Assert.Contains("encryptedSecret", key);
        Assert.DoesNotContain("<masterKey", key);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Behind_a_configured_https_proxy_the_session_cookie_is_secure_and_hsts_is_sent_and_forwarded_addresses_from_others_are_ignored()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:KnownProxies:0=127.0.0.1");
        var http = host.CreateClient(followRedirects: false);
        var login = await http.GetAsync("/console/login");
        var token = System.Text.RegularExpressions.Regex.Match(await login.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/console/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = RunningHost.UserName, ["password"] = RunningHost.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Host = "kb.asso.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kb_console=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_client_address_has_its_own_rate_limit()
    {
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:KnownProxies:0=127.0.0.1", "KnowledgeBot:Web:MessagesPerMinute=2");
        var http = host.CreateClient();

        async Task<HttpStatusCode> OpenFrom(string client)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/widget/api/conversations") { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
            request.Headers.Add("X-Forwarded-For", client);
            return (await http.SendAsync(request)).StatusCode;
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests],
            [await OpenFrom("203.0.113.7"), await OpenFrom("203.0.113.7"), await OpenFrom("203.0.113.7")]);
        Assert.Equal(HttpStatusCode.Created, await OpenFrom("198.51.100.23"));
    }

    [Fact]
    public async Task Served_over_plain_http_without_a_proxy_the_cookie_is_not_marked_secure_so_the_console_still_works_locally()
    {
        await using var host = await RunningHost.StartAsync();

        var session = await ConsoleSession.SignInAsync(host);

        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/console")).StatusCode);
    }
}
