using System.Text.Json;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Evaluation;

/// <summary>Reads an evaluation file (JSON Lines); a malformed line fails with file and line number.</summary>
public static class EvalFileReader
{
    public static IReadOnlyList<EvalQuestion> Read(string file)
    {
        if (!File.Exists(file))
            throw new SourceFormatException(file, 0, "file not found");
        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
                questions.Add(Parse(line, file, lineNumber));
        }
        return questions;
    }

    private static EvalQuestion Parse(string line, string file, int lineNumber)
    {
        SourceFormatException Error(string problem) => new(file, lineNumber, problem);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Error("expected a JSON object");
            var id = RequiredString(root, "id") ?? throw Error("missing 'id'");
            var question = RequiredString(root, "question") ?? throw Error("missing 'question'");
            var relevant = new Dictionary<string, int>();
            if (root.TryGetProperty("relevant", out var grades) && grades.ValueKind != JsonValueKind.Null)
            {
                if (grades.ValueKind != JsonValueKind.Object)
                    throw Error("'relevant' must be an object of document id → grade");
                foreach (var grade in grades.EnumerateObject())
                {
                    if (grade.Value.ValueKind != JsonValueKind.Number || !grade.Value.TryGetInt32(out var value) || value < 0)
                        throw Error($"grade of '{grade.Name}' must be a non-negative integer");
                    relevant[grade.Name] = value;
                }
            }
            var department = root.TryGetProperty("department", out var dep) && dep.ValueKind == JsonValueKind.String ? dep.GetString() : null;
            var triageName = RequiredString(root, "triage") ?? "normal";
            var triage = TriageLabels.TryParse(triageName) ?? throw Error($"unknown triage '{triageName}'");
            var levelName = RequiredString(root, "level");
            DistressLevel? level = levelName is null ? null : TriageLabels.TryParseLevel(levelName) ?? throw Error($"unknown level '{levelName}' (danger or concern)");
            var exclude = root.TryGetProperty("exclude", out var excluded) && excluded.ValueKind == JsonValueKind.Array
                ? excluded.EnumerateArray().Select(e => e.GetString() ?? throw Error("'exclude' must be an array of document ids")).ToHashSet()
                : null;
            return new EvalQuestion(id, question, relevant, department, triage, level, exclude);
        }
        catch (JsonException e)
        {
            throw Error($"invalid JSON ({e.Message.Split('.')[0]})");
        }
    }

    private static string? RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
