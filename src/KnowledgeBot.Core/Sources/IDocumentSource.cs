using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Sources;

/// <summary>Produces the documents of one source. A malformed input throws <see cref="SourceFormatException"/>.</summary>
public interface IDocumentSource
{
    /// <summary>Short name for progress and errors (e.g. "past answers corpus/past-answers.jsonl").</summary>
    string Name { get; }

    /// <summary>The kinds of documents this source owns: a full index rebuild removes documents of these kinds that it no longer yields.</summary>
    IReadOnlySet<DocumentKind> Kinds { get; }

    IAsyncEnumerable<Document> ReadAsync(CancellationToken cancellationToken = default);
}
