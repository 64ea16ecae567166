using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>The expert's validation queue: the approved answers waiting to be validated, edited then validated, or rejected as knowledge.</summary>
public sealed class ExpertModel(ExpertQueue queue, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    /// <summary>The answer the last decision was about.</summary>
    [BindProperty(SupportsGet = true, Name = "reponse")]
    public string? AnswerId { get; set; }

    public IReadOnlyList<StoredAnswer> Pending { get; private set; } = [];

    public int MaxLength => options.Value.MaxMessageLength;

    public string? Notice => AnswerReviewNotice.Done(Done, AnswerId);

    public string? Problem { get; private set; }

    public void OnGet()
    {
        Pending = queue.PendingValidation();
        if (Error is not null)
            Problem = AnswerReviewNotice.Problem(Error, AnswerId is null ? null : queue.Find(AnswerId));
    }
}
