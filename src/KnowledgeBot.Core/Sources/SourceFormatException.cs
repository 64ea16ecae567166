namespace KnowledgeBot.Core.Sources;

/// <summary>A source file is malformed; the message names the file and the line.</summary>
public sealed class SourceFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
