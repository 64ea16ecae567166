using KnowledgeBot.Web.Dashboard;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class DashboardModel(PeriodMessages messages, TimeProvider clock) : PeriodPageModel(clock)
{
    public DashboardFigures? Figures { get; private set; }

    public override DashboardPeriod? Period => Figures?.Period;

    public void OnGet()
    {
        if (ReadPeriod() is { } period)
            Figures = DashboardFigures.Compute(period, messages.Read(period), messages.CitedSources(period));
    }
}
