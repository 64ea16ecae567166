using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Review;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>
/// A past answer in full (an expert's, or one the CM approved), as cited by a draft: question, answer, date, status,
/// sources. An expert may supersede a validated answer the CM approved with a new text.
/// </summary>
public sealed class AnswerModel(IEnumerable<IDocumentSource> sources, ExpertQueue experts, IAuthorizationService authorization, IOptions<WebOptions> options)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    public Document? Answer { get; private set; }

    /// <summary>Its review, when the CM approved it (the answers of the configured files have none).</summary>
    public StoredAnswer? Review { get; private set; }

    public bool MaySupersede { get; private set; }

    public int MaxLength => options.Value.MaxMessageLength;

    public string? Notice => AnswerReviewNotice.Done(Done, Answer?.Id);

    public string? Problem => Error is null ? null : AnswerReviewNotice.Problem(Error, Review);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Review = experts.Find(id);
        MaySupersede = Review?.Status == ApprovedAnswerStatus.Validated && (await authorization.AuthorizeAsync(User, ConsolePolicies.Validating)).Succeeded;
        foreach (var source in sources.Where(s => s.Kinds.Contains(DocumentKind.Answer)))
        {
            await foreach (var document in source.ReadAsync(cancellationToken))
            {
                if (document.Id == id)
                {
                    Answer = document;
                    return Page();
                }
            }
        }
        return NotFound();
    }

    public static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.PendingValidation => "approuvée par la chargée de communauté, en attente de validation par un expert",
        DocumentStatus.Superseded => "remplacée par une réponse plus récente",
        _ => "validée",
    };
}
