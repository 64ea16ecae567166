using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>A past answer in full (an expert's, or one the CM approved), as cited by a draft: question, answer, date, status, sources.</summary>
public sealed class AnswerModel(IEnumerable<IDocumentSource> sources) : PageModel
{
    public Document? Answer { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
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
