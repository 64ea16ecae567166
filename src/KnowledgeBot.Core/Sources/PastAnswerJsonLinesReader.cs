using System.Text.Json;

namespace KnowledgeBot.Core.Sources;

/// <summary>Reads past answers from JSON Lines: one object a line, blank lines ignored.</summary>
internal static class PastAnswerJsonLinesReader
{
    public static IEnumerable<PastAnswerRecord> Read(string file)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            yield return Parse(file, lineNumber, line);
        }
    }

    private static PastAnswerRecord Parse(string file, int lineNumber, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(file, lineNumber, $"invalid JSON ({e.Message.Split('.')[0]})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new SourceFormatException(file, lineNumber, "expected a JSON object");
            return new PastAnswerRecord(file, lineNumber,
                Text(root, "id", file, lineNumber), Text(root, "question", file, lineNumber), Text(root, "channel", file, lineNumber),
                Text(root, "asked_at", file, lineNumber), Text(root, "answer", file, lineNumber), List(root, "sources", file, lineNumber),
                Text(root, "expert_role", file, lineNumber), List(root, "tags", file, lineNumber), Text(root, "department", file, lineNumber),
                Text(root, "status", file, lineNumber), Text(root, "superseded_by", file, lineNumber));
        }
    }

    private static string? Text(JsonElement root, string name, string file, int line) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new SourceFormatException(file, line, $"'{name}' must be a string");

    private static IReadOnlyList<string> List(JsonElement root, string name, string file, int line)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            throw new SourceFormatException(file, line, $"'{name}' must be an array of strings");
        return value.EnumerateArray().Select(item => item.GetString()!).ToList();
    }
}
