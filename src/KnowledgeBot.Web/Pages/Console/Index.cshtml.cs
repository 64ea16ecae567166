using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class InboxModel(ReviewQueue queue) : PageModel
{
    public IReadOnlyList<QueueItem> Pending { get; private set; } = [];
    public IReadOnlyList<QueueItem> Recent { get; private set; } = [];

    public void OnGet()
    {
        Pending = queue.Inbox();
        Recent = queue.RecentlyDecided(20);
    }
}
