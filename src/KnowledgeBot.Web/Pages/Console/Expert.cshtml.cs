using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Web.Gaps;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>
/// The expert's queue: the questions CMs forwarded to them (an admin sees every expert's), to answer; suggestions of
/// similar approved answers to make one; then the approved answers waiting to be validated, edited then validated, or
/// rejected as knowledge.
/// </summary>
public sealed class ExpertModel(ExpertQueue queue, ReviewQueue messages, ContentWords words, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    /// <summary>The answer the last decision was about.</summary>
    [BindProperty(SupportsGet = true, Name = "reponse")]
    public string? AnswerId { get; set; }

    public IReadOnlyList<StoredAnswer> Pending { get; private set; } = [];

    /// <summary>Groups of answers waiting for validation that answer the same question: each could become one past answer.</summary>
    public IReadOnlyList<IReadOnlyList<StoredAnswer>> Suggestions { get; private set; } = [];

    /// <summary>The forwarded questions still unanswered, each with its message.</summary>
    public IReadOnlyList<(AdviceRequest Request, QueueItem Message)> Forwarded { get; private set; } = [];

    public int MaxLength => options.Value.MaxMessageLength;

    public string? Notice => AnswerReviewNotice.Done(Done, AnswerId);

    public string? Problem { get; private set; }

    public void OnGet()
    {
        Pending = queue.PendingValidation();
        Suggestions = [.. SimilarQuestions.Group([.. Pending.Where(a => a.Question is not null)], a => words.Of(a.Question!)).Where(g => g.Count > 1)];
        var expert = User.IsInRole(ConsoleRoles.Admin) ? null : User.Identity!.Name;
        Forwarded = [.. messages.PendingAdvice(expert).Select(r => (r, messages.Find(r.MessageId)!))];
        if (Error is not null)
            Problem = AnswerReviewNotice.Problem(Error, AnswerId is null ? null : queue.Find(AnswerId));
    }
}
