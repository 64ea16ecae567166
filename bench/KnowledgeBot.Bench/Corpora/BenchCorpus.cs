using System.Runtime.CompilerServices;
using KnowledgeBot.Core.Documents;
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

    /// <summary>Learns the text model first when synthetic documents are wanted (not part of any timing).</summary>
    public static async Task<BenchCorpus> PrepareAsync(IReadOnlyList<IDocumentSource> sources, int syntheticSections, int seed, CancellationToken cancellationToken)
    {
        if (syntheticSections <= 0)
            return new BenchCorpus(sources, null, 0, seed);
        var fiches = await ReadRealAsync(sources, cancellationToken).Where(d => d.Kind == DocumentKind.Fiche).ToListAsync(cancellationToken);
        return new BenchCorpus(sources, MarkovTextModel.Train(fiches), syntheticSections, seed);
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
