using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Tests.Committees;
using KnowledgeBot.Core.Triage;
using Microsoft.Extensions.Options;

namespace KnowledgeBot.Core.Tests.Drafting;

/// <summary>Builds a draft service over the real triage rules and locator, with search results given by the test.</summary>
public static class DraftServiceFactory
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<LocatorFixture> Locator = new(() => new LocatorFixture());
    private static readonly Lazy<ITriageClassifier> Triage = new(() => TriageServiceCollectionExtensions.Create(KnowledgeBotHome.Resolve("corpus/triage")));

    public static HelplineOptions Helplines { get; } = new() { ListeningLine = "01 11 22 33 44", SuicidePrevention = "3999", Emergency = "112", CancerInfo = "09 87 65 43 21" };

    public static IDraftService Create(params SearchHit[] hits) => Create(Helplines, hits);

    public static IDraftService Create(HelplineOptions helplines, params SearchHit[] hits)
    {
        var options = Options.Create(new DraftingOptions());
        var composer = new DraftComposer(Options.Create(helplines), options, new FixedClock(Now), Locator.Value.Locator, Locator.Value.Vocabulary);
        return new DraftService(Triage.Value, new FixedSearch(hits), Locator.Value.Locator, composer, options);
    }

    public static SearchHit Hit(string id, DocumentKind kind, float score, string passage, DateTimeOffset? modified = null,
        DocumentStatus status = DocumentStatus.Current, string? title = null) =>
        new(id, kind == DocumentKind.Answer ? null : id, kind, title ?? id, score, new Lazy<Snippet>(() => new Snippet(passage, [])), passage, modified ?? Now.AddMonths(-2), status);

    private sealed class FixedSearch(IReadOnlyList<SearchHit> hits) : IKnowledgeSearch
    {
        public IReadOnlyList<SearchHit> Search(SearchRequest request) => hits.Take(request.Top).ToList();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
