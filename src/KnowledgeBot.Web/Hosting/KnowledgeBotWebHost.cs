using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Retention;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
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
        ContentRootPath = KnowledgeBotHome.Locate(),
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    });

    public static WebApplicationBuilder AddKnowledgeBotWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddKnowledgeBotDatabase();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);

        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = web.MaxRequestBytes);
        var dataDirectory = (builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions()).ResolvedDataDirectory;
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddProblemDetails();
        services.AddPublicRateLimits();
        services.AddAntiforgery();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/console/login";
            cookie.LogoutPath = "/console/logout";
            cookie.Cookie.Name = "kb_console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/Console").AllowAnonymousToPage("/Console/Login"));

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            builder.Configuration.GetSection(BotOptions.Section), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<WidgetChannelMiddleware>();
        // CloudAdapter has two constructors that DI finds ambiguous: build it with a factory.
        services.AddSingleton<CloudAdapter>(sp => new BotAdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<BotAdapterWithErrorHandler>>(), sp.GetRequiredService<WidgetChannelMiddleware>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddSingleton<IStorage, SqliteBotStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<PatientReplies>();
        services.AddTransient<IBot, KnowledgeBotHandler>();
        services.AddSingleton<ProactiveReplySender>();

        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ReviewService>();

        services.AddHostedService<SetupAccount>();
        services.AddSingleton<MessageRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageRetentionService>());
        return builder;
    }

    public static WebApplication UseKnowledgeBotWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
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
