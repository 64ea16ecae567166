using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Bench.Engines;

/// <summary>Our index, search and drafting, composed as the product composes them, with the data folder in <paramref name="directory"/>.</summary>
public sealed class KnowledgeBotEngine(string directory) : IEngineUnderTest
{
    private readonly ServiceProvider _services = BenchServices.Build(directory);
    private IKnowledgeSearch? _search;
    private IDraftService? _drafts;

    public async Task<IndexedCounts> BuildAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var report = await _services.GetRequiredService<IKnowledgeIndex>().UpdateAsync(new IndexUpdate(documents), cancellationToken: cancellationToken);
        return new IndexedCounts(report.Added + report.Updated, report.Passages);
    }

    public void OpenForSearch()
    {
        _search = _services.GetRequiredService<IKnowledgeSearch>();
        _drafts = _services.GetServices<IDraftService>().FirstOrDefault();
    }

    public IReadOnlyList<string> Search(string question, int top)
    {
        var hits = (_search ?? throw new InvalidOperationException("Open the index first.")).Search(new SearchRequest(question, top));
        // Snippets are highlighted when read: read them, as the console and the widget do, so that they are timed.
        foreach (var hit in hits)
            _ = hit.Snippet;
        return [.. hits.Select(hit => hit.Id)];
    }

    /// <summary>Null when no draft service is registered in this build of the product.</summary>
    public Action<string>? Drafting => _drafts is { } drafts ? message => drafts.Suggest(new IncomingMessage(message)) : null;

    public void Dispose() => _services.Dispose();
}
