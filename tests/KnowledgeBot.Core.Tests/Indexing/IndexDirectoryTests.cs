using KnowledgeBot.Core.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeBot.Core.Tests.Indexing;

public class IndexDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-index-directory-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stored_passages_read_back_whole_from_compound_and_plain_segments(bool compound)
    {
        // Long enough to span several of the stored fields' compressed chunks and the file reads' buffers.
        var texts = Enumerable.Range(0, 300).Select(i => $"Passage {i} : " + string.Concat(Enumerable.Repeat($"aide n° {i} au transport, ", 40))).ToList();
        using (var directory = new IndexDirectory(folder))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = compound };
            config.MergePolicy.NoCFSRatio = compound ? 1.0 : 0.0;
            using var writer = new IndexWriter(directory, config);
            foreach (var text in texts)
                writer.AddDocument(new LuceneDocument { new StoredField("text", text), new TextField("body", text, Field.Store.NO) });
            writer.Commit();
        }

        using var reopened = new IndexDirectory(folder);
        Assert.Equal(compound, reopened.ListAll().Any(name => name.EndsWith(".cfs", StringComparison.Ordinal)));
        using var reader = DirectoryReader.Open(reopened);
        Assert.Equal(texts, Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get("text")));
        Assert.Equal(300, reader.DocFreq(new Term("body", "transport,")));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
            System.IO.Directory.Delete(folder, recursive: true);
    }
}
