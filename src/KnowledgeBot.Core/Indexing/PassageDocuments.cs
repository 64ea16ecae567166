using System.Globalization;
using Lucene.Net.Documents;
using KnowledgeBot.Core.Documents;
using Document = KnowledgeBot.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeBot.Core.Indexing;

/// <summary>Maps a document's passages to Lucene documents and back (the stored fields a search hit needs).</summary>
internal static class PassageDocuments
{
    public static IEnumerable<LuceneDocument> Create(Document document, IReadOnlyList<Passage> passages, string hash)
    {
        foreach (var passage in passages)
        {
            var fields = new LuceneDocument
            {
                new StringField(IndexFields.Id, document.Id, Field.Store.YES),
                new StringField(IndexFields.Kind, KindName(document.Kind), Field.Store.YES),
                new StringField(IndexFields.Status, document.Status.ToString(), Field.Store.YES),
                new Int32Field(IndexFields.Ordinal, passage.Ordinal, Field.Store.YES),
                new TextField(IndexFields.Title, document.Title, Field.Store.YES),
                new TextField(IndexFields.Text, passage.Text, Field.Store.YES),
            };
            fields.Add(new BinaryDocValuesField(IndexFields.Id, new Lucene.Net.Util.BytesRef(document.Id)));
            fields.Add(new NumericDocValuesField(IndexFields.Kind, (long)document.Kind));
            fields.Add(new NumericDocValuesField(IndexFields.Status, (long)document.Status));
            if (document.SupersededBy is not null)
                fields.Add(new BinaryDocValuesField(IndexFields.SupersededBy, new Lucene.Net.Util.BytesRef(document.SupersededBy)));
            if (passage.Ordinal == 0)
            {
                fields.Add(new StringField(IndexFields.Hash, hash, Field.Store.YES));
                fields.Add(new TextField(IndexFields.DocumentTitle, document.Title, Field.Store.NO));
                fields.Add(new TextField(IndexFields.DocumentText, WholeText(document), Field.Store.NO));
            }
            if (passage.Heading is not null)
                fields.Add(new TextField(IndexFields.Heading, passage.Heading, Field.Store.YES));
            if (document.Url is not null)
                fields.Add(new StoredField(IndexFields.Url, document.Url));
            if (document.SupersededBy is not null)
                fields.Add(new StoredField(IndexFields.SupersededBy, document.SupersededBy));
            if (document.Modified is { } modified)
                fields.Add(new StoredField(IndexFields.Modified, modified.ToString("O", CultureInfo.InvariantCulture)));
            if (document.Question is not null)
                fields.Add(new TextField(IndexFields.Question, document.Question, Field.Store.NO));
            if (document.Description is not null)
                fields.Add(new TextField(IndexFields.Description, document.Description, Field.Store.NO));
            foreach (var tag in document.Tags)
                fields.Add(new TextField(IndexFields.Tags, tag.Replace('-', ' '), Field.Store.NO));
            yield return fields;
        }
    }

    private static string WholeText(Document document) =>
        string.Join("\n\n", new[] { document.Question, document.Description, document.FullText }.Where(text => !string.IsNullOrWhiteSpace(text)));

    public static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    public static DocumentKind Kind(LuceneDocument stored) => Enum.Parse<DocumentKind>(stored.Get(IndexFields.Kind), ignoreCase: true);

    public static DocumentStatus Status(LuceneDocument stored) => Enum.Parse<DocumentStatus>(stored.Get(IndexFields.Status));

    public static DateTimeOffset? Modified(LuceneDocument stored) =>
        stored.Get(IndexFields.Modified) is { } value ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) : null;
}
