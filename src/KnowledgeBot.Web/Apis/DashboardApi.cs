using System.Text;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Pages.Console;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBot.Web.Apis;

/// <summary>The dashboard's export (the page itself is Pages/Console/Dashboard): CMs and admins, like the dashboard.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/export.csv", ExportCsv).RequireAuthorization(ConsolePolicies.Answering);
        return app;
    }

    /// <summary>The period's messages as CSV (same period parameters as the dashboard); a bad period is a 400 that says why, in French.</summary>
    private static IResult ExportCsv([FromQuery(Name = "periode")] string? days, [FromQuery(Name = "du")] string? from, [FromQuery(Name = "au")] string? to,
        PeriodMessages messages, TimeProvider clock)
    {
        var today = DashboardPeriod.Today(clock, ConsoleFormat.TimeZone);
        var (period, problem) = DashboardPeriod.Read(days, from, to, today, ConsoleFormat.TimeZone);
        if (period is null)
            return Results.Text(problem, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        var csv = Encoding.UTF8.GetBytes(MessagesCsv.Write(messages.Read(period)));
        return Results.File(csv, "text/csv; charset=utf-8", MessagesCsv.FileName(today));
    }
}
