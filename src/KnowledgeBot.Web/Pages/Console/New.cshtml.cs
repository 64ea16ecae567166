using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class NewMessageModel(IOptions<WebOptions> options) : PageModel
{
    public int MaxLength => options.Value.MaxMessageLength;

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    public string? Problem => ReviewOutcome.Describe(Error);

    public void OnGet()
    {
    }
}
