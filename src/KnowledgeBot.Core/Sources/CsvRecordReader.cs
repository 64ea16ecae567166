using System.Text;

namespace KnowledgeBot.Core.Sources;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks.
/// Yields each record with the line it starts on.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var line = 1;
        while (reader.Peek() >= 0)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                var next = reader.Read();
                if (next < 0)
                {
                    if (quoted)
                        throw new SourceFormatException(file, startLine, "unterminated quoted field");
                    break;
                }
                var c = (char)next;
                if (quoted)
                {
                    if (c == '"' && reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else if (c == '"') quoted = false;
                    else { if (c == '\n') line++; field.Append(c); }
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '\r') { }
                else if (c == '\n') { line++; endOfRecord = true; }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            if (fields.Count == 1 && fields[0].Length == 0)
                continue;
            yield return (startLine, fields);
        }
    }
}
