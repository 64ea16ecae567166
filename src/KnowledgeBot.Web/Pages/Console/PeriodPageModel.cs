using KnowledgeBot.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>A console page about a period (the dashboard, the content gaps): the period picker's fields and their validation.</summary>
public abstract class PeriodPageModel(TimeProvider clock) : PageModel
{
    /// <summary>« 7 », « 30 » or « 90 » (days up to today); ignored when dates are given.</summary>
    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    /// <summary>What is wrong with the period asked for, in French.</summary>
    public string? Problem { get; private set; }

    public abstract DashboardPeriod? Period { get; }

    /// <summary>The period asked for; null, with <see cref="Problem"/> said and a 400, when it is not one.</summary>
    protected DashboardPeriod? ReadPeriod()
    {
        var (period, problem) = DashboardPeriod.Read(Days, From, To, DashboardPeriod.Today(clock, ConsoleFormat.TimeZone), ConsoleFormat.TimeZone);
        if (period is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return period;
    }
}
