namespace KnowledgeBot.Web.Apis;

/// <summary>Every endpoint group of the host, so that the host and the tests' host serve the same routes.</summary>
public static class KnowledgeBotApis
{
    public static WebApplication MapKnowledgeBotApis(this WebApplication app)
    {
        app.MapHealthApi();
        app.MapBotApi();
        app.MapWidgetApi();
        app.MapConsoleApi();
        app.MapDashboardApi();
        app.MapExpertApi();
        return app;
    }
}
