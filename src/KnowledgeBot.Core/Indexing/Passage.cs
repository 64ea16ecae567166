namespace KnowledgeBot.Core.Indexing;

/// <summary>A piece of a document indexed on its own (about 80–300 words), under the heading it starts with.</summary>
public sealed record Passage(int Ordinal, string? Heading, string Text)
{
    public int Words { get; } = PassageChunker.CountWords(Text);
}
