namespace KnowledgeBot.Web.Dashboard;

/// <summary>One record of a CSV file as RFC 4180 writes it: comma-separated, CRLF-terminated, a field quoted when it holds a comma, a quote or a line break (its quotes doubled).</summary>
public static class CsvLine
{
    public static string Of(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
