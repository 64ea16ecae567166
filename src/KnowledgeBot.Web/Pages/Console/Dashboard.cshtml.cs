using KnowledgeBot.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class DashboardModel(PeriodMessages messages, TimeProvider clock) : PageModel
{
    /// <summary>« 7 », « 30 » or « 90 » (days up to today); ignored when dates are given.</summary>
    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    public DashboardFigures? Figures { get; private set; }

    /// <summary>What is wrong with the period asked for, in French.</summary>
    public string? Problem { get; private set; }

    public DashboardPeriod? Period => Figures?.Period;

    public void OnGet()
    {
        var (period, problem) = DashboardPeriod.Read(Days, From, To, DashboardPeriod.Today(clock, ConsoleFormat.TimeZone), ConsoleFormat.TimeZone);
        if (period is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Figures = DashboardFigures.Compute(period, messages.Read(period), messages.CitedSources(period));
    }
}
