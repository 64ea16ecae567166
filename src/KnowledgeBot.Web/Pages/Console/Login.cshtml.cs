using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class LoginModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    public bool Failed => Error is not null;

    public void OnGet()
    {
    }
}
