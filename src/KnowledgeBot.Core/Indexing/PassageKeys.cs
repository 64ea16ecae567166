using KnowledgeBot.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// What grouping needs to know about a passage (its document's id, kind, status, successor, the document's first
/// passage), read from doc values and postings: hundreds of candidate passages per search, without decompressing
/// their stored text.
/// </summary>
internal sealed class PassageKeys(IndexReader reader)
{
    private readonly BinaryDocValues ids = MultiDocValues.GetBinaryValues(reader, IndexFields.Id);
    private readonly BinaryDocValues successors = MultiDocValues.GetBinaryValues(reader, IndexFields.SupersededBy);
    private readonly NumericDocValues kinds = MultiDocValues.GetNumericValues(reader, IndexFields.Kind);
    private readonly NumericDocValues statuses = MultiDocValues.GetNumericValues(reader, IndexFields.Status);
    private readonly IBits liveDocs = MultiFields.GetLiveDocs(reader);
    private readonly BytesRef scratch = new();

    public string Id(int passage) => Text(ids, passage)!;

    public DocumentKind Kind(int passage) => (DocumentKind)kinds.Get(passage);

    public DocumentStatus Status(int passage) => (DocumentStatus)statuses.Get(passage);

    public string? SupersededBy(int passage) => Text(successors, passage) is { Length: > 0 } id ? id : null;

    /// <summary>The document's first passage in the index; null when the index does not hold the document.</summary>
    public int? FirstPassage(string id)
    {
        var postings = MultiFields.GetTermDocsEnum(reader, liveDocs, IndexFields.Id, new BytesRef(id));
        if (postings is null)
            return null;
        var first = postings.NextDoc();
        return first == DocIdSetIterator.NO_MORE_DOCS ? null : first;
    }

    private string? Text(BinaryDocValues? values, int passage)
    {
        if (values is null)
            return null;
        values.Get(passage, scratch);
        return scratch.Utf8ToString();
    }
}
