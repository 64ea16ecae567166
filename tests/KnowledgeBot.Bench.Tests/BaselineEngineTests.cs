using KnowledgeBot.Bench.Engines;

namespace KnowledgeBot.Bench.Tests;

public sealed class BaselineEngineTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kb-bench-tests-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(EngineCatalog.SqliteFts5)]
    [InlineData(EngineCatalog.PlainLucene)]
    public async Task Baseline_finds_an_accented_word_written_without_accents(string name)
    {
        using var engine = await BuildAsync(name);

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F3", engine.Search("prothese capillaire remboursee", 3)[0]);
    }

    [Theory]
    [InlineData(EngineCatalog.SqliteFts5)]
    [InlineData(EngineCatalog.PlainLucene)]
    public async Task Baseline_indexes_whole_documents_and_ranks_the_matching_one_first(string name)
    {
        using var engine = await BuildAsync(name);

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F2", engine.Search("allocation adultes handicapés taux d'incapacité", 3)[0]);
    }

    [Fact]
    public async Task Corpus_only_engine_counts_documents_and_sections_without_indexing()
    {
        using var engine = EngineCatalog.Create(EngineCatalog.CorpusOnly, _directory);

        var counts = await engine.BuildAsync(SampleDocuments.Fiches.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal(new IndexedCounts(3, 5), counts);
        Assert.False(Directory.Exists(_directory));
    }

    private async Task<IEngineUnderTest> BuildAsync(string name)
    {
        using (var writer = EngineCatalog.Create(name, _directory))
            await writer.BuildAsync(SampleDocuments.Fiches.ToAsyncEnumerable(), CancellationToken.None);
        var engine = EngineCatalog.Create(name, _directory);
        engine.OpenForSearch();
        return engine;
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }
}
