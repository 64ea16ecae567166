using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Gaps;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class GapsModel(GapMessages messages, ContentWords words, TimeProvider clock) : PeriodPageModel(clock)
{
    private DashboardPeriod? _period;

    public override DashboardPeriod? Period => _period;

    public IReadOnlyList<ContentGap> Gaps { get; private set; } = [];

    public void OnGet()
    {
        _period = ReadPeriod();
        if (_period is not null)
            Gaps = ContentGapGrouping.Group(messages.Read(_period), words.Of);
    }
}
