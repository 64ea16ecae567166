using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Web.Review;

/// <param name="ConversationKey">The bot conversation to answer in; null for a message pasted from an unconnected channel.</param>
/// <param name="Body">Null once the retention period has deleted it.</param>
/// <param name="Level">The distress level when <see cref="Triage"/> is distress.</param>
/// <param name="Evidence">The triage evidence (the message's own words: deleted with the body).</param>
public sealed record QueueItem(
    long Id,
    string? ConversationKey,
    Channel Channel,
    string? Body,
    TriageLabel Triage,
    DistressLevel? Level,
    IReadOnlyList<TriageEvidence> Evidence,
    string? Department,
    CommitteeReferral? Committee,
    bool IsLowConfidence,
    MessageStatus Status,
    string? AssignedTo,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecidedAt);

public sealed record StoredDraft(int Rank, string? Text, IReadOnlyList<DraftSource> Sources, CommitteeReferral? Committee, TriageLabel Triage, double Confidence);

public sealed record Decision(string UserName, string Action, string? ReplyText, string? AnswerId, DateTimeOffset At);

/// <summary>An approved reply in the outbox: <see cref="ActivityId"/> is fixed when it is queued, so a retry after a crash is the same activity.</summary>
/// <param name="Text">Null once the retention period has deleted it.</param>
public sealed record OutgoingReply(long Id, long MessageId, string ConversationKey, string ActivityId, string? Text, int Attempts,
    string? LastFailure, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt);
