using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core;
using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Crawler;
using KnowledgeBot.Web.Indexing;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Gaps;
using KnowledgeBot.Web.Retention;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace KnowledgeBot.Web.Hosting;

/// <summary>The composition of the web host: bot, widget, CM console and persistence on one ASP.NET Core application.</summary>
public static class KnowledgeBotWebHost
{
    /// <summary>
    /// A builder whose content root is the KnowledgeBot home (the repository root on a clone), so that the one
    /// <c>appsettings.json</c> and <c>corpus/</c> are found whatever the working directory.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) => WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // Razor Pages are discovered in the application assembly: this one, also when a test process hosts it.
        ApplicationName = typeof(KnowledgeBotWebHost).Assembly.GetName().Name,
        ContentRootPath = KnowledgeBotHome.Locate(),
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    });

    public static WebApplicationBuilder AddKnowledgeBotWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddKnowledgeBot();
        services.AddSiteDirectorySource();
        services.AddScheduledCrawls();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        services.AddOptions<HelplineOptions>()
            .Validate(lines => lines.ListeningLine.Length > 0 && lines.SuicidePrevention.Length > 0 && lines.Emergency.Length > 0,
                $"{HelplineOptions.Section} must give the numbers shown at once to a person in distress")
            .ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        // The Bot Framework SDK logs conversation ids (a widget conversation id is the key to its transcript) at
        // Information. Added after the configuration's levels, this rule wins over them.
        builder.Logging.AddFilter("Microsoft.Bot", LogLevel.Warning);

        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = web.MaxRequestBytes);
        var dataDirectory = KnowledgeBotHome.Resolve(builder.Configuration.GetSection(KnowledgeBotOptions.Section).Get<KnowledgeBotOptions>()?.DataDirectory ?? "data");
        var keys = services.AddDataProtection().PersistKeysToFileSystem(OwnerOnlyDirectory(Path.Combine(dataDirectory, "keys")));
        if (web.KeysCertificate.Length > 0)
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(KnowledgeBotHome.Resolve(web.KeysCertificate), web.KeysCertificatePassword));

        services.AddProblemDetails();
        // Razor pages keep French letters as they are (they still encode markup characters).
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPublicRateLimits();
        services.AddAntiforgery();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddConsoleCookie();
        services.AddConsoleAuthorization();
        services.AddRazorPages(pages => pages.Conventions.AuthorizeConsolePages());

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            builder.Configuration.GetSection(BotOptions.Section), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<WidgetChannelMiddleware>();
        // CloudAdapter has two constructors that DI finds ambiguous: build it with a factory.
        services.AddSingleton(sp => new BotAdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<KnowledgeBotDatabase>(),
            sp.GetRequiredService<WidgetChannelMiddleware>()));
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<BotAdapterWithErrorHandler>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddSingleton<PatientReplies>();
        services.AddTransient<IBot, KnowledgeBotHandler>();
        services.AddSingleton<ProactiveReplySender>();

        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<AdviceService>();
        services.AddSingleton<ExpertQueue>();
        services.AddSingleton<ExpertReviewService>();
        services.AddSingleton<PeriodMessages>();
        services.AddSingleton<GapMessages>();
        services.AddSingleton<ContentWords>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReplyDelivery>();
        services.AddHostedService<ReplyDeliveryService>();

        services.AddSingleton<InitialIndexBuilder>();
        services.AddHostedService(sp => sp.GetRequiredService<InitialIndexBuilder>());
        services.AddHostedService(sp => new SetupAccount(sp.GetRequiredService<UserStore>(), Console.Out));
        services.AddSingleton<MessageRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageRetentionService>());
        return builder;
    }

    /// <summary>The cookie-signing keys' folder, readable by the host's account only (0700 on Unix).</summary>
    private static DirectoryInfo OwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
            return Directory.CreateDirectory(path);
        var directory = Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return directory;
    }

    /// <summary>Forwarded headers believed from the configured proxies only (none by default).</summary>
    private static ForwardedHeadersOptions ForwardedHeadersFrom(WebOptions web)
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in web.KnownProxies)
            forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        return forwarded;
    }

    public static WebApplication UseKnowledgeBotWeb(this WebApplication app)
    {
        // A request the server could not read (body too large, bad framing) is the client's error, not a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Services.GetRequiredService<IOptions<WebOptions>>().Value));
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
