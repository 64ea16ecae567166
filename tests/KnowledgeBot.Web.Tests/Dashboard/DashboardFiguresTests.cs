using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Dashboard;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Tests.Dashboard;

/// <summary>The figures computed from known messages (the reading of the database is checked on a running host in DashboardPageTests).</summary>
public sealed class DashboardFiguresTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DashboardPeriod March = new(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31), Paris);
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2021-03-02T08:00:00Z");
    private static readonly CommitteeReferral Finistere = new("29", "Comité du Finistère", "https://asso.example.org/comites/29");
    private static readonly CommitteeReferral Gironde = new("33", "Comité de la Gironde", "https://asso.example.org/comites/33");

    private static PeriodMessage Message(long id, TriageLabel triage, MessageStatus status, double? delaySeconds = null, DistressLevel? level = null,
        Channel channel = Channel.Email, CommitteeReferral? committee = null, double? edit = null, DateTimeOffset? at = null)
    {
        var received = at ?? Morning;
        return new PeriodMessage(id, channel, triage, level, committee, status, received,
            delaySeconds is { } s ? received.AddSeconds(s) : null, edit, 0.5, []);
    }

    [Fact]
    public void Three_replies_give_the_median_and_the_90th_percentile_of_their_delays()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Sent, 60),
            Message(2, TriageLabel.Medical, MessageStatus.Sent, 3600),
            Message(3, TriageLabel.Normal, MessageStatus.Sending, 120),
        ];

        var figures = DashboardFigures.Compute(March, messages, []);

        Assert.Equal(new ReplyDelays(3, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(3600)), figures.AllReplies);
    }

    [Fact]
    public void Distress_replies_have_their_own_line_and_rejected_or_pending_messages_are_no_reply()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Sent, 600),
            Message(2, TriageLabel.Distress, MessageStatus.Sent, 60, DistressLevel.Danger),
            Message(3, TriageLabel.Distress, MessageStatus.Sent, 300, DistressLevel.Concern),
            Message(4, TriageLabel.Distress, MessageStatus.Rejected, 5, DistressLevel.Concern),
            Message(5, TriageLabel.Normal, MessageStatus.Pending),
        ];

        var figures = DashboardFigures.Compute(March, messages, []);

        Assert.Equal(new ReplyDelays(2, TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(300)), figures.DistressReplies);
        Assert.Equal(new ReplyDelays(1, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600)), figures.OtherReplies);
        Assert.Equal(new ReplyDelays(3, TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(600)), figures.AllReplies);
    }

    [Fact]
    public void Approval_and_rejection_rates_are_shares_of_the_decided_messages()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Sent, 60),
            Message(2, TriageLabel.Normal, MessageStatus.Sending, 60),
            Message(3, TriageLabel.Hostile, MessageStatus.Rejected, 60),
            Message(4, TriageLabel.Normal, MessageStatus.Sent, 60),
            Message(5, TriageLabel.Normal, MessageStatus.Pending),
        ];

        var decisions = DashboardFigures.Compute(March, messages, []).Decisions;

        Assert.Equal((3, 1, 1), (decisions.Approved, decisions.Rejected, decisions.Pending));
        Assert.Equal(0.75, decisions.ApprovalRate);
        Assert.Equal(0.25, decisions.RejectionRate);
    }

    [Fact]
    public void Without_decisions_there_is_no_rate_and_without_replies_no_delay()
    {
        var figures = DashboardFigures.Compute(March, [Message(1, TriageLabel.Normal, MessageStatus.Pending)], []);

        Assert.Null(figures.Decisions.ApprovalRate);
        Assert.Equal(new ReplyDelays(0, null, null), figures.AllReplies);
        Assert.Equal(new DraftEdits(0, null, 0), figures.Edits);
    }

    [Fact]
    public void Triage_mix_splits_distress_by_level_in_a_fixed_order()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Pending),
            Message(2, TriageLabel.Normal, MessageStatus.Pending),
            Message(3, TriageLabel.Distress, MessageStatus.Pending, level: DistressLevel.Danger),
            Message(4, TriageLabel.Distress, MessageStatus.Pending, level: DistressLevel.Concern),
            Message(5, TriageLabel.Distress, MessageStatus.Pending, level: DistressLevel.Concern),
            Message(6, TriageLabel.OutOfScope, MessageStatus.Pending),
        ];

        var triage = DashboardFigures.Compute(March, messages, []).PerTriage;

        Assert.Equal(
            [
                new TriageCount(TriageLabel.Normal, null, 2), new TriageCount(TriageLabel.Distress, DistressLevel.Danger, 1),
                new TriageCount(TriageLabel.Distress, DistressLevel.Concern, 2), new TriageCount(TriageLabel.Medical, null, 0),
                new TriageCount(TriageLabel.Hostile, null, 0), new TriageCount(TriageLabel.OutOfScope, null, 1),
            ],
            triage);
    }

    [Fact]
    public void Messages_are_counted_on_their_Paris_day_and_every_day_of_the_period_has_a_count()
    {
        PeriodMessage[] messages =
        [
            // 23:30 UTC on 28 February is 00:30 on 1 March in Paris.
            Message(1, TriageLabel.Normal, MessageStatus.Pending, at: DateTimeOffset.Parse("2021-02-28T23:30:00Z")),
            Message(2, TriageLabel.Normal, MessageStatus.Pending, at: DateTimeOffset.Parse("2021-03-01T12:00:00Z")),
            Message(3, TriageLabel.Normal, MessageStatus.Pending, at: DateTimeOffset.Parse("2021-03-31T21:30:00Z")),
        ];

        var perDay = DashboardFigures.Compute(March, messages, []).PerDay;

        Assert.Equal(31, perDay.Count);
        Assert.Equal(new DayCount(new DateOnly(2021, 3, 1), 2), perDay[0]);
        Assert.Equal(new DayCount(new DateOnly(2021, 3, 31), 1), perDay[^1]);
        Assert.Equal(3, perDay.Sum(d => d.Messages));
    }

    [Fact]
    public void Channels_are_all_listed_with_their_counts()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Pending, channel: Channel.Widget),
            Message(2, TriageLabel.Normal, MessageStatus.Pending, channel: Channel.Widget),
            Message(3, TriageLabel.Normal, MessageStatus.Pending, channel: Channel.Facebook),
        ];

        var perChannel = DashboardFigures.Compute(March, messages, []).PerChannel;

        Assert.Equal(Enum.GetValues<Channel>().Length, perChannel.Count);
        Assert.Equal(2, perChannel.Single(c => c.Channel == Channel.Widget).Messages);
        Assert.Equal(1, perChannel.Single(c => c.Channel == Channel.Facebook).Messages);
        Assert.Equal(0, perChannel.Single(c => c.Channel == Channel.Twitter).Messages);
    }

    [Fact]
    public void Draft_edits_give_the_median_distance_of_the_approved_replies()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Sent, 60, edit: 0),
            Message(2, TriageLabel.Normal, MessageStatus.Sent, 60, edit: 0.5),
            Message(3, TriageLabel.Normal, MessageStatus.Sent, 60, edit: 0.1),
            Message(4, TriageLabel.Normal, MessageStatus.Sent, 60, edit: null),
        ];

        Assert.Equal(new DraftEdits(3, 0.1, 1), DashboardFigures.Compute(March, messages, []).Edits);
    }

    [Fact]
    public void Most_cited_sources_and_most_referred_committees_come_first()
    {
        PeriodMessage[] messages =
        [
            Message(1, TriageLabel.Normal, MessageStatus.Pending, committee: Finistere),
            Message(2, TriageLabel.Normal, MessageStatus.Pending, committee: Gironde),
            Message(3, TriageLabel.Normal, MessageStatus.Pending, committee: Gironde),
            Message(4, TriageLabel.Normal, MessageStatus.Pending),
        ];
        SourceCitation[] citations =
        [
            new(1, "https://asso.example.org/aides/perruque", "Perruques", "https://asso.example.org/aides/perruque"),
            new(2, "answer:PA-0042", "Réponse sur le transport", null),
            new(3, "answer:PA-0042", "Réponse sur le transport", null),
            new(4, "answer:PA-0042", "Réponse sur le transport", null),
            new(4, "https://asso.example.org/aides/perruque", "Perruques", "https://asso.example.org/aides/perruque"),
            new(3, "https://asso.example.org/don", "Faire un don", "https://asso.example.org/don"),
        ];

        var figures = DashboardFigures.Compute(March, messages, citations);

        Assert.Equal([("answer:PA-0042", 3), ("https://asso.example.org/aides/perruque", 2), ("https://asso.example.org/don", 1)],
            figures.TopSources.Select(s => (s.Id, s.Messages)));
        Assert.Equal([new ReferredCommittee("33", "Comité de la Gironde", 2), new ReferredCommittee("29", "Comité du Finistère", 1)], figures.TopCommittees);
    }
}
