using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

/// <summary>Where a waiting message stands in the CM's work, for the inbox's « État » filter.</summary>
public enum InboxState
{
    /// <summary>Nobody has it and no advice was asked.</summary>
    Untouched,
    Unassigned,
    AdviceAsked,
    AdviceReceived,
}

public sealed class InboxModel(ReviewQueue queue) : PageModel
{
    public IReadOnlyList<QueueItem> Pending { get; private set; } = [];
    public IReadOnlyList<QueueItem> Recent { get; private set; } = [];
    public InboxSummary Summary { get; private set; } = new(0, 0, 0);

    /// <summary>Only this channel's messages, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "canal")]
    public Channel? Channel { get; set; }

    /// <summary>Only messages with this triage label, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "tri")]
    public TriageLabel? Triage { get; set; }

    /// <summary>Only the messages assigned to the signed-in CM.</summary>
    [BindProperty(SupportsGet = true, Name = "moi")]
    public bool Mine { get; set; }

    /// <summary>Only the messages referred to this committee (its department code), when given.</summary>
    [BindProperty(SupportsGet = true, Name = "comite")]
    public string? Committee { get; set; }

    /// <summary>Only the messages in this state of the CM's work, when given.</summary>
    [BindProperty(SupportsGet = true, Name = "etat")]
    public InboxState? State { get; set; }

    /// <summary>For the waiting messages with requests for advice: still waiting for one, or all answered.</summary>
    public IReadOnlyDictionary<long, AdviceRequestStatus> Advice { get; private set; } = new Dictionary<long, AdviceRequestStatus>();

    /// <summary>The committees the waiting messages are referred to, for the filter's list.</summary>
    public IReadOnlyList<CommitteeReferral> Committees { get; private set; } = [];

    public bool Filtered => Channel is not null || Triage is not null || Mine || Committee is not null || State is not null;

    public void OnGet()
    {
        var pending = queue.Inbox();
        Advice = queue.AdviceOnPendingMessages();
        Summary = InboxSummary.Of(pending);
        Committees = [.. pending.Select(i => i.Committee).OfType<CommitteeReferral>().DistinctBy(c => c.Code).OrderBy(c => c.Code, StringComparer.Ordinal)];
        Pending = pending
            .Where(i => Committee is null || i.Committee?.Code == Committee)
            .Where(i => Channel is null || i.Channel == Channel)
            .Where(i => Triage is null || i.Triage == Triage)
            .Where(i => !Mine || string.Equals(i.AssignedTo, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            .Where(i => State is null || IsIn(i, State.Value))
            .ToList();
        Recent = queue.RecentlyDecided(20);
    }

    private bool IsIn(QueueItem item, InboxState state) => state switch
    {
        InboxState.Untouched => item.AssignedTo is null && !Advice.ContainsKey(item.Id),
        InboxState.Unassigned => item.AssignedTo is null,
        InboxState.AdviceAsked => Advice.TryGetValue(item.Id, out var asked) && asked == AdviceRequestStatus.Pending,
        InboxState.AdviceReceived => Advice.TryGetValue(item.Id, out var received) && received == AdviceRequestStatus.Answered,
        _ => true,
    };
}
