using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// The writable side of the index. Every update is one atomic commit (a new index generation):
/// a crash or an exception before the end leaves the previous generation live and searchable.
/// Unchanged documents (same content hash) are not re-indexed.
/// </summary>
public interface IKnowledgeIndex
{
    Task<IndexUpdateReport> UpdateAsync(IndexUpdate update, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default);

    IndexStats GetStats();
}

/// <param name="Upserts">Documents to add or replace (by id).</param>
/// <param name="Deletes">Ids of documents to remove.</param>
/// <param name="ReplaceKinds">When set, documents of these kinds that are not among <paramref name="Upserts"/> are removed (full refresh of a source).</param>
public sealed record IndexUpdate(
    IAsyncEnumerable<Document> Upserts,
    IReadOnlyCollection<string>? Deletes = null,
    IReadOnlySet<DocumentKind>? ReplaceKinds = null);

public sealed record IndexProgress(int Documents, int Passages, TimeSpan Elapsed);

public sealed record IndexUpdateReport(int Added, int Updated, int Unchanged, int Removed, int Passages, TimeSpan Elapsed, long Generation);

public sealed record IndexStats(IReadOnlyDictionary<DocumentKind, int> Documents, IReadOnlyDictionary<DocumentKind, int> Passages, long Generation, long SizeOnDiskBytes);
