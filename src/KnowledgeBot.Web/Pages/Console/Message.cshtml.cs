using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class MessageModel(ReviewQueue queue, UserStore users, IOptions<WebOptions> options) : PageModel
{
    public QueueItem? Item { get; private set; }
    public IReadOnlyList<StoredDraft> Drafts { get; private set; } = [];
    public IReadOnlyList<Decision> Decisions { get; private set; } = [];
    public IReadOnlyList<QueueItem> Conversation { get; private set; } = [];
    public IReadOnlyList<string> Users { get; private set; } = [];
    public int MaxLength => options.Value.MaxMessageLength;

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public bool Done { get; set; }

    public string? Problem => ReviewOutcome.Describe(Error);

    public IActionResult OnGet(long id)
    {
        Item = queue.Find(id);
        if (Item is null)
            return NotFound();
        Drafts = queue.Drafts(id);
        Decisions = queue.Decisions(id);
        Conversation = queue.SameConversation(Item);
        Users = users.Names();
        return Page();
    }
}
