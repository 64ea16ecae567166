using KnowledgeBot.Bench.Corpora;
using KnowledgeBot.Core.Indexing;

namespace KnowledgeBot.Bench.Tests;

public class SyntheticCorpusTests
{
    private static readonly MarkovTextModel Model = MarkovTextModel.Train(SampleDocuments.Fiches);

    [Fact]
    public void Same_seed_draws_the_same_documents()
    {
        var first = SyntheticDocuments.Generate(Model, 40, seed: 7).Select(d => d.FullText).ToList();
        var second = SyntheticDocuments.Generate(Model, 40, seed: 7).Select(d => d.FullText).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_draws_other_documents()
    {
        var first = SyntheticDocuments.Generate(Model, 40, seed: 7).Select(d => d.FullText);
        var other = SyntheticDocuments.Generate(Model, 40, seed: 8).Select(d => d.FullText);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Draws_exactly_the_requested_number_of_sections()
    {
        var documents = SyntheticDocuments.Generate(Model, 123, seed: 1).ToList();

        Assert.Equal(123, documents.Sum(d => d.Sections.Count));
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Each_synthetic_section_becomes_one_passage_of_the_index()
    {
        var chunker = new PassageChunker();
        var documents = SyntheticDocuments.Generate(Model, 200, seed: 3).ToList();

        Assert.Equal(200, documents.Sum(d => chunker.Cut(d).Count));
    }

    [Fact]
    public void Synthetic_text_uses_only_words_of_the_training_documents()
    {
        var vocabulary = SampleDocuments.Fiches.SelectMany(d => d.Sections).SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var words = SyntheticDocuments.Generate(Model, 30, seed: 5).SelectMany(d => d.Sections).SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.All(words, word => Assert.True(vocabulary.Contains(word) || vocabulary.Contains(word.TrimEnd('.')), $"'{word}' is not in the training text"));
    }
}
