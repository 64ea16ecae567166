using KnowledgeBot.Core.Accounts;
using KnowledgeBot.Core.Privacy;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Conversations;
using KnowledgeBot.Web.Hosting;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class MessageModel(ReviewQueue queue, UserStore users, AdviceService advice, IKnowledgeSearch search, PersonalDataMasker masker, ConversationStore conversations, IOptions<WebOptions> options) : PageModel
{
    public QueueItem? Item { get; private set; }
    public IReadOnlyList<StoredDraft> Drafts { get; private set; } = [];
    public IReadOnlyList<Decision> Decisions { get; private set; } = [];
    public IReadOnlyList<DraftFlag> Flags { get; private set; } = [];
    public IReadOnlyList<QueueItem> Conversation { get; private set; } = [];
    /// <summary>What the person was shown at once in a connected conversation (vetted cards, helplines), oldest first.</summary>
    public IReadOnlyList<TranscriptEntry> Shown { get; private set; } = [];
    public IReadOnlyList<string> Users { get; private set; } = [];
    /// <summary>The requests for advice on this message, oldest first.</summary>
    public IReadOnlyList<AdviceRequest> AdviceRequests { get; private set; } = [];
    /// <summary>For a waiting message whose drafts are unsure: what the index holds closest to it, for the CM to answer from.</summary>
    public IReadOnlyList<SearchHit> Closest { get; private set; } = [];
    /// <summary>The experts a question can be forwarded to.</summary>
    public IReadOnlyList<string> Experts { get; private set; } = [];
    public OutgoingReply? Reply { get; private set; }
    /// <summary>What the approval will keep of the question, personal data masked.</summary>
    public MaskedText? KnowledgeQuestion { get; private set; }
    public int MaxLength => options.Value.MaxMessageLength;

    private const int ClosestShown = 5;

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public bool Done { get; set; }

    /// <summary>A flag on a draft was just stored.</summary>
    [BindProperty(SupportsGet = true, Name = "signale")]
    public bool Flagged { get; set; }

    /// <summary>A request for advice was just sent (<c>demande</c>) or a committee's reply recorded (<c>recu</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "avis")]
    public string? Advice { get; set; }

    public string? Problem => ReviewOutcome.Describe(Error, Decisions.FirstOrDefault()?.UserName);

    public IActionResult OnGet(long id)
    {
        Item = queue.Find(id);
        if (Item is null)
            return NotFound();
        Drafts = queue.Drafts(id);
        Decisions = queue.Decisions(id);
        Flags = queue.Flags(id);
        Conversation = queue.SameConversation(Item);
        if (Item.ConversationKey is { } key)
            Shown = [.. conversations.Transcript(key).Where(e => e.Role == TranscriptRole.Bot)];
        Users = users.Names();
        AdviceRequests = queue.AdviceRequests(id);
        Experts = advice.Experts();
        Reply = queue.Reply(id);
        if (Item.Status == MessageStatus.Pending && Item.Body is not null)
            KnowledgeQuestion = masker.Mask(Item.Body);
        if (Item.Status == MessageStatus.Pending && Item.Body is not null && Item.IsLowConfidence && Item.Triage is TriageLabel.Normal or TriageLabel.Medical)
            Closest = search.Search(new SearchRequest(Item.Body, ClosestShown));
        return Page();
    }
}
