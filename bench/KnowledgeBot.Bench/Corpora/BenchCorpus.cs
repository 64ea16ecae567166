using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Sources;

namespace KnowledgeBot.Bench.Corpora;

/// <summary>
/// The documents of one corpus size, streamed: the real documents (sample corpus and service-public
/// publications, read by the product's own sources), then, for a synthetic size, generated documents
/// drawn from a text model of the real fiches. Nothing is held in memory while indexing.
/// </summary>
public sealed class BenchCorpus
{
    private readonly IReadOnlyList<IDocumentSource> _sources;
    private readonly MarkovTextModel? _model;
    private readonly int _syntheticSections;
    private readonly int _seed;

    private BenchCorpus(IReadOnlyList<IDocumentSource> sources, MarkovTextModel? model, int syntheticSections, int seed)
    {
        _sources = sources;
        _model = model;
        _syntheticSections = syntheticSections;
        _seed = seed;
    }

    /// <summary>
    /// For a synthetic size, counts the real corpus's passages as the index cuts them, and learns the text model
    /// from the real fiches (not part of any timing): synthetic sections fill up the rest, one passage each.
    /// </summary>
    public static async Task<BenchCorpus> PrepareAsync(IReadOnlyList<IDocumentSource> sources, PassageChunker chunker, CorpusSize size, int seed, CancellationToken cancellationToken)
    {
        if (!size.IsSynthetic)
            return new BenchCorpus(sources, null, 0, seed);
        var real = await ReadRealAsync(sources, cancellationToken).ToListAsync(cancellationToken);
        var realPassages = real.Sum(document => chunker.Cut(document).Count);
        var model = MarkovTextModel.Train(real.Where(d => d.Kind == DocumentKind.Fiche));
        return new BenchCorpus(sources, model, Math.Max(0, size.TargetPassages - realPassages), seed);
    }

    public async IAsyncEnumerable<Document> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var document in ReadRealAsync(_sources, cancellationToken))
            yield return document;
        if (_model is null)
            yield break;
        foreach (var document in SyntheticDocuments.Generate(_model, _syntheticSections, _seed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
    }

    private static async IAsyncEnumerable<Document> ReadRealAsync(IReadOnlyList<IDocumentSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
            await foreach (var document in source.ReadAsync(cancellationToken))
                yield return document;
    }
}
