using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBot.Crawler.Tests.Support;

/// <summary>
/// Kestrel on 127.0.0.1 serving a copy of <c>corpus/site/</c> as the real site would: <c>/a/b</c> is <c>a/b.html</c>,
/// <c>/</c> is <c>index.html</c>, HTML without charset in Content-Type, ETag and Last-Modified with 304 answers.
/// Tests may add or remove files and register special routes (redirect loop, huge page, flaky page).
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Path, int Status)> _answers = [];

    private SiteServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The served copy of the site, which tests may change.</summary>
    public string Root { get; }

    public Uri Origin { get; private set; } = null!;

    public static async Task<SiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new SiteServer(app, root);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        server.Origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public void Route(string path, RequestDelegate handler) => _routes[path] = handler;

    public int RequestsTo(string path) => _requests.GetValueOrDefault(path);

    public int AnswersWith(int status) => _answers.Count(a => a.Status == status);

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (_routes.TryGetValue(path, out var special))
            await special(context);
        else
            await ServeFileAsync(context, path);
        _answers.Add((path, context.Response.StatusCode));
    }

    private async Task ServeFileAsync(HttpContext context, string path)
    {
        var (file, contentType) = Resolve(path);
        if (file is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var bytes = await File.ReadAllBytesAsync(file);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = File.GetLastWriteTimeUtc(file).ToString("R");
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(bytes);
    }

    private (string? File, string ContentType) Resolve(string path)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (relative.Contains(".."))
            return (null, "");
        string Full(string p) => Path.Combine(Root, p);
        if (relative.Length == 0)
            return (Full("index.html"), "text/html");
        if (File.Exists(Full(relative + ".html")))
            return (Full(relative + ".html"), "text/html");
        if (!File.Exists(Full(relative)) || relative.EndsWith(".html", StringComparison.Ordinal))
            return (null, "");
        return (Full(relative), Path.GetExtension(relative) switch
        {
            ".txt" => "text/plain",
            ".xml" => "application/xml",
            ".css" => "text/css",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
