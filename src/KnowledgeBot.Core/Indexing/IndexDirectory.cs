using Lucene.Net.Store;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// The index's folder, memory-mapped, except its stored fields, which are read through buffered file reads.
/// Decompressing a stored passage reads its chunk a byte at a time, and every byte read from a mapped file takes and
/// gives back a reference on the mapping that all search threads share: two threads loading passages side by side
/// took 200 µs a passage each (40 µs alone), against 30 µs either way through file reads. The other files are read in
/// blocks, where mapping is the faster.
/// </summary>
internal sealed class IndexDirectory(string path) : FilterDirectory(new MMapDirectory(new DirectoryInfo(path)))
{
    /// <summary>The stored fields' data file, on its own or inside a compound file.</summary>
    private const string StoredFieldsExtension = ".fdt";

    private readonly NIOFSDirectory fileReads = new(new DirectoryInfo(path));

    public override IndexInput OpenInput(string name, IOContext context) =>
        IsStoredFields(name) ? fileReads.OpenInput(name, context) : base.OpenInput(name, context);

    /// <summary>A compound file's slices: its stored fields through file reads, the rest mapped.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        new StoredFieldsSlicer(m_input.CreateSlicer(name, context), fileReads.CreateSlicer(name, context));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            fileReads.Dispose();
        base.Dispose(disposing);
    }

    private static bool IsStoredFields(string name) => name.EndsWith(StoredFieldsExtension, StringComparison.Ordinal);

    private sealed class StoredFieldsSlicer(IndexInputSlicer mapped, IndexInputSlicer read) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            IsStoredFields(sliceDescription) ? read.OpenSlice(sliceDescription, offset, length) : mapped.OpenSlice(sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => mapped.OpenFullSlice();

        protected override void Dispose(bool disposing)
        {
            if (!disposing)
                return;
            mapped.Dispose();
            read.Dispose();
        }
    }
}
