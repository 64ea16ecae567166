namespace KnowledgeBot.Web.Review;

/// <summary>A CM's flag on one draft of a message.</summary>
/// <param name="DraftRank">The draft's rank among the message's drafts (0 = the best).</param>
/// <param name="Note">The CM's optional word: forgotten with the message body at retention.</param>
public sealed record DraftFlag(long MessageId, int DraftRank, DraftFlagKind Kind, string? Note, string UserName, DateTimeOffset At);
