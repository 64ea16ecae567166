using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using static KnowledgeBot.Core.Tests.Support.TestDocuments;

namespace KnowledgeBot.Core.Tests.Indexing;

public class PassageChunkerTests
{
    private readonly PassageChunker chunker = new(minWords: 80, maxWords: 300);

    [Fact]
    public void Passages_start_at_section_headings()
    {
        var passages = chunker.Cut(Page("p", "T", ("Conditions", Words(120, "condition")), ("Démarches", Words(150, "démarche"))));

        Assert.Equal(["Conditions", "Démarches"], passages.Select(p => p.Heading));
        Assert.DoesNotContain("démarche", passages[0].Text);
    }

    [Fact]
    public void Long_section_is_split_into_passages_of_at_most_300_words()
    {
        var paragraphs = string.Join("\n", Enumerable.Range(0, 20).Select(i => Words(50, $"mot{i}")));
        var passages = chunker.Cut(Page("p", "T", ("Long", paragraphs)));

        Assert.True(passages.Count >= 4);
        Assert.All(passages, p => Assert.InRange(p.Words, 80, 300));
        Assert.All(passages, p => Assert.Equal("Long", p.Heading));
        Assert.Equal(1000, passages.Sum(p => p.Words));
    }

    [Fact]
    public void Short_sections_are_merged_with_the_next_one()
    {
        var passages = chunker.Cut(Page("p", "T", ("À savoir", Words(20, "savoir")), ("Montant", Words(30, "montant")), ("Démarches", Words(280, "démarche"))));

        Assert.Equal(2, passages.Count);
        Assert.Equal("À savoir", passages[0].Heading);
        Assert.Contains("Montant", passages[0].Text);
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Document_without_text_still_has_one_passage_with_its_title() =>
        Assert.Equal("Titre seul", Assert.Single(chunker.Cut(Page("p", "Titre seul"))).Text);
}
