using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class AuditModel(AuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = audit.Latest(200);
}
