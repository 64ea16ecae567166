using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>What the dashboard and the export know of one message: its metadata only, never what anyone wrote.</summary>
/// <param name="DraftEditDistance">How much the CM changed the nearest draft before approving (0 to 1); null when not approved or not measured.</param>
/// <param name="DraftConfidence">The best draft's confidence; null without drafts.</param>
/// <param name="Flags">The kinds of the CM's flags on its drafts, one per flag, in the order they were made.</param>
public sealed record PeriodMessage(
    long Id,
    Channel Channel,
    TriageLabel Triage,
    DistressLevel? Level,
    CommitteeReferral? Committee,
    MessageStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecidedAt,
    double? DraftEditDistance,
    double? DraftConfidence,
    IReadOnlyList<DraftFlagKind> Flags)
{
    public bool IsApproved => Status is MessageStatus.Sending or MessageStatus.Sent;

    /// <summary>From its arrival to the CM's approval of the reply (the first human reply); null until approved.</summary>
    public TimeSpan? FirstReplyDelay => IsApproved && DecidedAt is { } decided ? decided - ReceivedAt : null;
}

/// <summary>A source the drafts of a message cited (once per message, whichever of its drafts cited it).</summary>
public sealed record SourceCitation(long MessageId, string SourceId, string Title, string? Url);
