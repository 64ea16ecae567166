namespace KnowledgeBot.Core.Sources;

/// <summary>
/// Reads past answers from CSV with the JSON Lines columns as header; list columns
/// (<c>sources</c>, <c>tags</c>) separate their items with <c>|</c>; an empty cell is null.
/// </summary>
internal static class PastAnswerCsvReader
{
    private static readonly string[] Columns =
        ["id", "question", "channel", "asked_at", "answer", "sources", "expert_role", "tags", "department", "status", "superseded_by"];

    public static IEnumerable<PastAnswerRecord> Read(string file)
    {
        Dictionary<string, int>? header = null;
        foreach (var (line, fields) in CsvRecordReader.Read(file))
        {
            if (header is null)
            {
                header = fields.Select((name, index) => (name: name.Trim(), index)).ToDictionary(c => c.name, c => c.index);
                var missing = Columns.Where(c => !header.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                    throw new SourceFormatException(file, line, $"missing column(s): {string.Join(", ", missing)}");
                continue;
            }
            if (fields.Count != header.Count)
                throw new SourceFormatException(file, line, $"expected {header.Count} fields, found {fields.Count}");
            string? Cell(string name) => fields[header[name]] is { Length: > 0 } value ? value : null;
            IReadOnlyList<string> ListCell(string name) =>
                Cell(name)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            yield return new PastAnswerRecord(file, line, Cell("id"), Cell("question"), Cell("channel"), Cell("asked_at"), Cell("answer"),
                ListCell("sources"), Cell("expert_role"), ListCell("tags"), Cell("department"), Cell("status"), Cell("superseded_by"));
        }
    }
}
