using System.Diagnostics;
using KnowledgeBot.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// Writes documents as passages into the Lucene index. Each update is one commit (a new generation); if it
/// fails half-way (malformed source, crash) nothing of it is committed and the previous generation stays live.
/// </summary>
public sealed class LuceneKnowledgeIndex(IndexStore store, PassageChunker chunker) : IKnowledgeIndex
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    public async Task<IndexUpdateReport> UpdateAsync(IndexUpdate update, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await store.WriteGate.WaitAsync(cancellationToken);
        try
        {
            return await WriteAsync(update, progress, cancellationToken);
        }
        finally
        {
            store.WriteGate.Release();
        }
    }

    private async Task<IndexUpdateReport> WriteAsync(IndexUpdate update, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var existing = IndexedDocuments();
        var seen = new HashSet<string>();
        int added = 0, updated = 0, unchanged = 0, removed = 0, passages = 0;
        var lastProgress = TimeSpan.Zero;

        using var writer = store.OpenWriter();
        try
        {
            await foreach (var document in update.Upserts.WithCancellation(cancellationToken))
            {
                var hash = ContentHash.Of(document);
                var known = existing.TryGetValue(document.Id, out var indexed);
                if (!seen.Add(document.Id) || !known || indexed.Hash != hash)
                {
                    var cut = chunker.Cut(document);
                    writer.UpdateDocuments(new Term(IndexFields.Id, document.Id), PassageDocuments.Create(document, cut, hash));
                    passages += cut.Count;
                    if (known) updated++; else added++;
                    existing[document.Id] = (hash, document.Kind);
                }
                else
                {
                    unchanged++;
                }
                if (progress is not null && clock.Elapsed - lastProgress > ProgressInterval)
                {
                    lastProgress = clock.Elapsed;
                    progress.Report(new IndexProgress(seen.Count, passages, clock.Elapsed));
                }
            }

            var removals = (update.Deletes ?? []).Where(existing.ContainsKey).ToHashSet();
            if (update.ReplaceKinds is { Count: > 0 } kinds)
                removals.UnionWith(existing.Where(entry => kinds.Contains(entry.Value.Kind) && !seen.Contains(entry.Key)).Select(entry => entry.Key));
            foreach (var id in removals)
                writer.DeleteDocuments(new Term(IndexFields.Id, id));
            removed = removals.Count;

            cancellationToken.ThrowIfCancellationRequested();
            if (added + updated + removed > 0 || !store.Exists)
                writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
        store.Committed();
        progress?.Report(new IndexProgress(seen.Count, passages, clock.Elapsed));
        return new IndexUpdateReport(added, updated, unchanged, removed, passages, clock.Elapsed, CurrentGeneration());
    }

    public IndexStats GetStats()
    {
        var documents = Enum.GetValues<DocumentKind>().ToDictionary(kind => kind, _ => 0);
        var passages = Enum.GetValues<DocumentKind>().ToDictionary(kind => kind, _ => 0);
        store.WithSearcher(searcher =>
        {
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                var kindQuery = new TermQuery(new Term(IndexFields.Kind, PassageDocuments.KindName(kind)));
                passages[kind] = searcher.Search(kindQuery, 1).TotalHits;
                var firstPassages = new BooleanQuery
                {
                    { kindQuery, Occur.MUST },
                    { NumericRangeQuery.NewInt32Range(IndexFields.Ordinal, 0, 0, true, true), Occur.MUST },
                };
                documents[kind] = searcher.Search(firstPassages, 1).TotalHits;
            }
            return true;
        });
        var size = System.IO.Directory.Exists(store.Path)
            ? new DirectoryInfo(store.Path).EnumerateFiles().Sum(file => file.Length)
            : 0;
        return new IndexStats(documents, passages, CurrentGeneration(), size);
    }

    private long CurrentGeneration() => store.Exists ? SegmentInfos.GetLastCommitGeneration(store.Directory) : 0;

    /// <summary>Id → (content hash, kind) of every document in the live generation.</summary>
    private Dictionary<string, (string Hash, DocumentKind Kind)> IndexedDocuments()
    {
        var result = new Dictionary<string, (string, DocumentKind)>();
        store.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var fieldsToLoad = new HashSet<string> { IndexFields.Id, IndexFields.Hash, IndexFields.Kind };
            for (var docId = 0; docId < reader.MaxDoc; docId++)
            {
                if (liveDocs is not null && !liveDocs.Get(docId))
                    continue;
                var stored = reader.Document(docId, fieldsToLoad);
                if (stored.Get(IndexFields.Hash) is { } hash)
                    result[stored.Get(IndexFields.Id)] = (hash, PassageDocuments.Kind(stored));
            }
            return true;
        });
        return result;
    }
}
