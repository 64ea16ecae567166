using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class InboxModel(ReviewQueue queue) : PageModel
{
    public IReadOnlyList<QueueItem> Pending { get; private set; } = [];
    public IReadOnlyList<QueueItem> Recent { get; private set; } = [];
    public InboxSummary Summary { get; private set; } = new(0, 0, 0);

    /// <summary>Only this channel's messages, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "canal")]
    public Channel? Channel { get; set; }

    /// <summary>Only messages with this triage label, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "tri")]
    public TriageLabel? Triage { get; set; }

    /// <summary>Only the messages assigned to the signed-in CM.</summary>
    [BindProperty(SupportsGet = true, Name = "moi")]
    public bool Mine { get; set; }

    public bool Filtered => Channel is not null || Triage is not null || Mine;

    public void OnGet()
    {
        var pending = queue.Inbox();
        Summary = InboxSummary.Of(pending);
        Pending = pending
            .Where(i => Channel is null || i.Channel == Channel)
            .Where(i => Triage is null || i.Triage == Triage)
            .Where(i => !Mine || string.Equals(i.AssignedTo, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Recent = queue.RecentlyDecided(20);
    }
}
