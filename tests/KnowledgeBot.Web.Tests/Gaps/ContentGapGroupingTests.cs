using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Web.Gaps;

namespace KnowledgeBot.Web.Tests.Gaps;

public sealed class ContentGapGroupingTests
{
    private static readonly DateTimeOffset June = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static GapMessage Message(long id, string words, string? source = null, params GapReason[] reasons) =>
        new(id, June.AddHours(id), words, reasons.Length == 0 ? new HashSet<GapReason> { GapReason.Rejected } : reasons.ToHashSet(),
            source is null ? null : new DraftSource(source, $"https://asso.example.org/{source}", source, DocumentKind.Page, null, false));

    private static IReadOnlySet<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    [Fact]
    public void A_chain_of_alike_questions_is_one_group_even_when_its_ends_share_no_word()
    {
        var gaps = ContentGapGrouping.Group([Message(1, "a b c"), Message(2, "b c d"), Message(3, "c d e"), Message(4, "d e f"), Message(5, "x y z")], Words);

        Assert.Equal([[1L, 2L, 3L, 4L], [5L]], gaps.Select(g => g.Messages.Select(m => m.Id).ToArray()));
    }

    [Fact]
    public void Questions_sharing_less_than_a_third_of_their_words_stay_apart()
    {
        Assert.Equal(2, ContentGapGrouping.Group([Message(1, "a b c d"), Message(2, "d e f g")], Words).Count);
        Assert.Equal(1.0 / 3, SimilarQuestions.Similarity(Words("a b"), Words("b c")));
        Assert.Equal(0, SimilarQuestions.Similarity(Words(""), Words("")));
    }

    [Fact]
    public void The_most_cited_source_and_the_reasons_are_counted_over_the_group()
    {
        var gap = Assert.Single(ContentGapGrouping.Group(
        [
            Message(1, "a b", "perruque", GapReason.Flagged, GapReason.Rejected),
            Message(2, "a b", "perruque", GapReason.Flagged),
            Message(3, "a b", "fiche", GapReason.LowConfidence),
            Message(4, "a b", null, GapReason.NoSource),
        ], Words));

        Assert.Equal("perruque", gap.TopSource!.Source.Id);
        Assert.Equal(2, gap.TopSource.Messages);
        Assert.Equal([new(GapReason.Flagged, 2), new(GapReason.LowConfidence, 1), new(GapReason.NoSource, 1), new ReasonCount(GapReason.Rejected, 1)], gap.Reasons);
        Assert.Equal([1L, 2L, 3L], gap.Examples.Select(m => m.Id));
    }

    [Fact]
    public void The_groups_are_the_same_whatever_order_the_messages_come_in()
    {
        GapMessage[] messages = [Message(1, "a b"), Message(2, "x y"), Message(3, "a b c"), Message(4, "x y z"), Message(5, "x z")];

        var forward = ContentGapGrouping.Group(messages, Words);
        var backward = ContentGapGrouping.Group(messages.Reverse().ToList(), Words);

        Assert.Equal([[2L, 4L, 5L], [1L, 3L]], forward.Select(g => g.Messages.Select(m => m.Id).ToArray()));
        Assert.Equal(forward.Select(g => g.Messages.Select(m => m.Id).ToArray()), backward.Select(g => g.Messages.Select(m => m.Id).ToArray()));
    }
}
