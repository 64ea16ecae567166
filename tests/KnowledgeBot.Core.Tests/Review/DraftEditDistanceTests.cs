using KnowledgeBot.Core.Review;

namespace KnowledgeBot.Core.Tests.Review;

public class DraftEditDistanceTests
{
    [Fact]
    public void A_reply_sent_as_drafted_has_moved_nothing_even_with_the_browsers_line_breaks() =>
        Assert.Equal(0, DraftEditDistance.Normalized("Bonjour,\nvoici la réponse.\n", "Bonjour,\r\nvoici la réponse."));

    [Fact]
    public void A_signature_added_counts_its_letters_over_the_longer_text()
    {
        const string draft = "Bonjour, voici les aides possibles.";
        const string sent = draft + " Bien à vous, Claire.";

        Assert.Equal(21.0 / 56, DraftEditDistance.Normalized(draft, sent), 6);
    }

    [Theory]
    [InlineData("chat", "chat", 0.0)]
    [InlineData("chat", "chats", 0.2)]
    [InlineData("chien", "chian", 0.2)]
    [InlineData("kitten", "sitting", 3.0 / 7)]
    [InlineData("abc", "xyz", 1.0)]
    [InlineData("", "", 0.0)]
    [InlineData("", "nouveau", 1.0)]
    public void Distance_is_levenshtein_over_the_longer_length(string draft, string sent, double expected) =>
        Assert.Equal(expected, DraftEditDistance.Normalized(draft, sent), 6);

    [Fact]
    public void The_nearest_of_the_drafts_is_the_one_the_CM_started_from()
    {
        var distance = DraftEditDistance.ToNearest([null, "Tout autre chose ici", "Bonjour Anne"], "Bonjour Annie");

        Assert.Equal(1.0 / 13, distance!.Value, 6);
        Assert.Null(DraftEditDistance.ToNearest([null], "Bonjour"));
    }
}
