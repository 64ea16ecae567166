using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>The dashboard's figures for a period, computed from its messages (<see cref="PeriodMessages"/>).</summary>
public sealed record DashboardFigures(
    DashboardPeriod Period,
    int Messages,
    IReadOnlyList<DayCount> PerDay,
    IReadOnlyList<ChannelCount> PerChannel,
    IReadOnlyList<TriageCount> PerTriage,
    ReplyDelays AllReplies,
    ReplyDelays DistressReplies,
    ReplyDelays OtherReplies,
    DecisionCounts Decisions,
    DraftEdits Edits,
    IReadOnlyList<FlagCount> Flags,
    IReadOnlyList<CitedSource> TopSources,
    IReadOnlyList<ReferredCommittee> TopCommittees)
{
    public const int TopCount = 10;

    /// <summary>The triage rows in the order the dashboard shows them, distress split by level.</summary>
    private static readonly (TriageLabel Label, DistressLevel? Level)[] TriageRows =
    [
        (TriageLabel.Normal, null),
        (TriageLabel.Distress, DistressLevel.Danger),
        (TriageLabel.Distress, DistressLevel.Concern),
        (TriageLabel.Medical, null),
        (TriageLabel.Hostile, null),
        (TriageLabel.OutOfScope, null),
    ];

    public static DashboardFigures Compute(DashboardPeriod period, IReadOnlyList<PeriodMessage> messages, IReadOnlyList<SourceCitation> citations)
    {
        var perDay = messages.GroupBy(m => period.DayOf(m.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        var triage = TriageRows.Select(row => new TriageCount(row.Label, row.Level, messages.Count(m => m.Triage == row.Label && m.Level == row.Level))).ToList();
        // Distress stored without a level (before levels were recorded) still counts, on a row of its own.
        var unknownLevel = messages.Count(m => m.Triage == TriageLabel.Distress && m.Level is null);
        if (unknownLevel > 0)
            triage.Insert(3, new TriageCount(TriageLabel.Distress, null, unknownLevel));
        var edits = messages.Where(m => m.IsApproved).Select(m => m.DraftEditDistance).OfType<double>().ToList();

        return new DashboardFigures(
            period,
            messages.Count,
            period.Days().Select(day => new DayCount(day, perDay.GetValueOrDefault(day))).ToList(),
            Enum.GetValues<Channel>().Select(channel => new ChannelCount(channel, messages.Count(m => m.Channel == channel))).ToList(),
            triage,
            ReplyDelays.Of(messages),
            ReplyDelays.Of(messages.Where(m => m.Triage == TriageLabel.Distress)),
            ReplyDelays.Of(messages.Where(m => m.Triage != TriageLabel.Distress)),
            new DecisionCounts(messages.Count(m => m.IsApproved), messages.Count(m => m.Status == MessageStatus.Rejected), messages.Count(m => m.Status == MessageStatus.Pending)),
            new DraftEdits(edits.Count, Percentiles.Median(edits), edits.Count(e => e == 0)),
            Enum.GetValues<DraftFlagKind>().Select(kind => new FlagCount(kind, messages.Sum(m => m.Flags.Count(f => f == kind)))).ToList(),
            citations.GroupBy(c => c.SourceId)
                .Select(g => new CitedSource(g.Key, g.Last().Title, g.Last().Url, g.Count()))
                .OrderByDescending(s => s.Messages).ThenBy(s => s.Title, StringComparer.Ordinal).Take(TopCount).ToList(),
            messages.Where(m => m.Committee is not null).GroupBy(m => m.Committee!.Code)
                .Select(g => new ReferredCommittee(g.Key, g.Last().Committee!.Name, g.Count()))
                .OrderByDescending(c => c.Messages).ThenBy(c => c.Code, StringComparer.Ordinal).Take(TopCount).ToList());
    }
}

public sealed record DayCount(DateOnly Day, int Messages);

public sealed record ChannelCount(Channel Channel, int Messages);

/// <param name="Level">The distress level on distress rows; null elsewhere (and on distress stored without one).</param>
public sealed record TriageCount(TriageLabel Label, DistressLevel? Level, int Messages);

/// <summary>Time from a message's arrival to the approval of its reply, over the approved messages.</summary>
public sealed record ReplyDelays(int Replies, TimeSpan? Median, TimeSpan? Percentile90)
{
    public static ReplyDelays Of(IEnumerable<PeriodMessage> messages)
    {
        var seconds = messages.Select(m => m.FirstReplyDelay).OfType<TimeSpan>().Select(d => d.TotalSeconds).ToList();
        return new ReplyDelays(seconds.Count, FromSeconds(Percentiles.Median(seconds)), FromSeconds(Percentiles.NearestRank(seconds, 90)));
    }

    private static TimeSpan? FromSeconds(double? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}

/// <summary>What became of the period's messages. The rates are shares of the decided messages (approved or rejected).</summary>
public sealed record DecisionCounts(int Approved, int Rejected, int Pending)
{
    public int Decided => Approved + Rejected;
    public double? ApprovalRate => Decided == 0 ? null : (double)Approved / Decided;
    public double? RejectionRate => Decided == 0 ? null : (double)Rejected / Decided;
}

/// <param name="Measured">Approved replies whose change from the drafts is known.</param>
/// <param name="Median">The median normalised edit distance (0 = sent as suggested, 1 = rewritten).</param>
/// <param name="Unchanged">Replies sent exactly as a draft suggested them.</param>
public sealed record DraftEdits(int Measured, double? Median, int Unchanged);

/// <param name="Flags">The CM's flags of that kind on the drafts of the period's messages.</param>
public sealed record FlagCount(DraftFlagKind Kind, int Flags);

/// <param name="Messages">Messages whose drafts cited the source.</param>
public sealed record CitedSource(string Id, string Title, string? Url, int Messages);

public sealed record ReferredCommittee(string Code, string Name, int Messages);
