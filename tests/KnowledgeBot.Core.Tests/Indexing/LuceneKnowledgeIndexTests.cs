using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Indexing;
using KnowledgeBot.Core.Tests.Support;
using static KnowledgeBot.Core.Tests.Support.TestDocuments;

namespace KnowledgeBot.Core.Tests.Indexing;

public class LuceneKnowledgeIndexTests
{
    private static readonly Document Transport = Page("aides/transport", "Transports et frais de déplacement", (null, "Le taxi conventionné est remboursé sur prescription."));
    private static readonly Document Wig = Page("aides/perruque", "Prothèse capillaire", (null, "La perruque est remboursée par l'Assurance maladie."));
    private static readonly Document Donation = Page("soutenir/don", "Faire un don", (null, "Votre don ouvre droit à une réduction d'impôt."));

    [Fact]
    public async Task Crash_during_build_keeps_last_index_readable()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport, Wig);
        var before = index.Index.GetStats();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            index.Index.UpdateAsync(new IndexUpdate(CrashingAfter(Donation, Page("aides/autre", "Autre", (null, "autre"))))));

        Assert.Equal(["https://asso.example.org/aides/transport"], index.Ids("taxi"));
        Assert.Empty(index.Ids("réduction d'impôt don"));
        var after = index.Index.GetStats();
        Assert.Equal(before.Generation, after.Generation);
        Assert.Equal(2, after.Documents[DocumentKind.Page]);
    }

    [Fact]
    public async Task A_new_index_can_be_built_after_a_crash()
    {
        using var index = new TestIndex();
        await Assert.ThrowsAsync<InvalidOperationException>(() => index.Index.UpdateAsync(new IndexUpdate(CrashingAfter(Transport))));
        Assert.Empty(index.Ids("taxi"));

        await index.AddAsync(Transport);
        Assert.Equal(["https://asso.example.org/aides/transport"], index.Ids("taxi"));
    }

    [Fact]
    public async Task Unchanged_documents_are_not_reindexed_and_make_no_new_generation()
    {
        using var index = new TestIndex();
        var first = await index.AddAsync(Transport, Wig);
        var second = await index.AddAsync(Transport, Wig);

        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(first.Generation, second.Generation);
    }

    [Fact]
    public async Task Changed_document_replaces_its_passages()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport, Wig);
        var report = await index.AddAsync(Transport with { Sections = [new DocumentSection(null, "Le véhicule sanitaire léger est remboursé.")] });

        Assert.Equal((0, 1, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Empty(index.Ids("conventionné"));
        Assert.Equal(["https://asso.example.org/aides/transport"], index.Ids("véhicule sanitaire"));
        Assert.Equal(2, index.Index.GetStats().Documents[DocumentKind.Page]);
    }

    [Fact]
    public async Task Full_refresh_of_a_kind_removes_documents_its_source_no_longer_has()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport, Wig);
        var report = await index.Index.UpdateAsync(new IndexUpdate(new[] { Wig }.ToAsyncEnumerable(), ReplaceKinds: new HashSet<DocumentKind> { DocumentKind.Page }));

        Assert.Equal(1, report.Removed);
        Assert.Empty(index.Ids("taxi"));
        Assert.Equal(1, index.Index.GetStats().Documents[DocumentKind.Page]);
    }

    [Fact]
    public async Task Deletes_remove_documents_by_id()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport, Wig);
        await index.Index.UpdateAsync(new IndexUpdate(AsyncEnumerable.Empty<Document>(), Deletes: [Transport.Id]));

        Assert.Empty(index.Ids("taxi"));
    }

    [Fact]
    public async Task Search_during_an_update_sees_the_previous_generation_then_the_new_one()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport);
        var release = new TaskCompletionSource();
        var halfway = new TaskCompletionSource();

        var update = index.Index.UpdateAsync(new IndexUpdate(Paused(Donation, halfway, release.Task)));
        await halfway.Task;
        Assert.Equal(["https://asso.example.org/aides/transport"], index.Ids("taxi"));
        Assert.Empty(index.Ids("don réduction impôt"));
        release.SetResult();
        await update;

        Assert.Equal(["https://asso.example.org/soutenir/don"], index.Ids("don réduction impôt"));
    }

    [Fact]
    public async Task Overlapping_updates_in_one_process_both_succeed()
    {
        using var index = new TestIndex();
        var release = new TaskCompletionSource();
        var halfway = new TaskCompletionSource();

        var first = index.Index.UpdateAsync(new IndexUpdate(Paused(Donation, halfway, release.Task)));
        await halfway.Task;
        var second = index.AddAsync(Transport);
        release.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(2, index.Index.GetStats().Documents[DocumentKind.Page]);
    }

    [Fact]
    public async Task Stats_count_documents_and_passages_per_kind()
    {
        using var index = new TestIndex();
        await index.AddAsync(Transport, Wig, Page("long", "Long", ("A", Words(200, "alpha")), ("B", Words(200, "beta"))));

        var stats = index.Index.GetStats();
        Assert.Equal(3, stats.Documents[DocumentKind.Page]);
        Assert.Equal(4, stats.Passages[DocumentKind.Page]);
        Assert.Equal(0, stats.Documents[DocumentKind.Fiche]);
        Assert.True(stats.SizeOnDiskBytes > 0);
    }

    private static async IAsyncEnumerable<Document> CrashingAfter(params Document[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
        throw new InvalidOperationException("source failed mid-build");
    }

    private static async IAsyncEnumerable<Document> Paused(Document document, TaskCompletionSource halfway, Task release)
    {
        yield return document;
        halfway.SetResult();
        await release;
    }
}
