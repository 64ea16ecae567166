using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Web.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (KnowledgeBotDatabase database) => Results.Ok(new { status = "ok", schema = database.SchemaVersion() }));
        return app;
    }
}
