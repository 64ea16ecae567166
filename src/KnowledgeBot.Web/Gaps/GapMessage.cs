using KnowledgeBot.Core.Drafting;

namespace KnowledgeBot.Web.Gaps;

/// <summary>A question of the period the material answered badly, with why.</summary>
/// <param name="Body">The message as received (messages whose body retention deleted are not gaps any more).</param>
/// <param name="BestSource">The first source of its best draft, if it cited any.</param>
public sealed record GapMessage(long Id, DateTimeOffset ReceivedAt, string Body, IReadOnlySet<GapReason> Reasons, DraftSource? BestSource);
