using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class InboxModel(ReviewQueue queue) : PageModel
{
    public IReadOnlyList<QueueItem> Pending { get; private set; } = [];
    public IReadOnlyList<QueueItem> Recent { get; private set; } = [];
    public InboxSummary Summary { get; private set; } = new(0, 0, 0);

    public void OnGet()
    {
        Pending = queue.Inbox();
        Summary = InboxSummary.Of(Pending);
        Recent = queue.RecentlyDecided(20);
    }
}
