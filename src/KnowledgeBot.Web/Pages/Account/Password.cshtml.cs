using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Account;

public sealed class PasswordModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    public int MinimumLength => UserStore.MinimumPasswordLength;

    public bool MustChange => User.HasClaim(ConsolePolicies.MustChangePasswordClaim, "true");

    public string? Problem => Error switch
    {
        "mismatch" => "Les deux nouveaux mots de passe ne sont pas identiques.",
        "rejected" => "Mot de passe actuel incorrect, ou nouveau mot de passe trop court ou identique à l'actuel.",
        _ => null,
    };

    public void OnGet()
    {
    }
}
