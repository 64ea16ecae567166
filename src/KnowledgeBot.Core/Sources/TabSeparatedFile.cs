namespace KnowledgeBot.Core.Sources;

/// <summary>
/// The lines of a small tab-separated data file (word lists, aliases, the triage model), with their numbers: blank
/// lines and <c>#</c> comments are skipped, and a line with another number of fields stops with <c>file:line: expected …</c>.
/// </summary>
public static class TabSeparatedFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int columns, string expected)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length != columns)
                throw new SourceFormatException(path, lineNumber, $"expected '{expected}'");
            yield return (lineNumber, fields);
        }
    }
}
