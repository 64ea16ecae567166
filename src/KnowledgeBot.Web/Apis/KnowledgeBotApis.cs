namespace KnowledgeBot.Web.Apis;

/// <summary>Every endpoint group of the host, so that the host and the tests' host serve the same routes.</summary>
public static class KnowledgeBotApis
{
    public static WebApplication MapKnowledgeBotApis(this WebApplication app)
    {
        // Whoever opens the host's address (the README's first command prints it) lands on the console's login.
        app.MapGet("/", () => Results.Redirect("/console"));
        app.MapHealthApi();
        app.MapBotApi();
        app.MapWidgetApi();
        app.MapConsoleApi();
        app.MapDashboardApi();
        app.MapExpertApi();
        return app;
    }
}
