using System.Globalization;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Sources;

/// <summary>
/// Turns past answer records into documents, checking every line: required fields, date, status,
/// unique ids, and that a superseded answer names a successor that exists.
/// </summary>
internal static class PastAnswerValidator
{
    public static IReadOnlyList<Document> ToDocuments(IEnumerable<PastAnswerRecord> records)
    {
        var documents = new List<(PastAnswerRecord Record, Document Document)>();
        var firstLineOfId = new Dictionary<string, PastAnswerRecord>();
        foreach (var record in records)
        {
            var document = ToDocument(record);
            if (firstLineOfId.TryGetValue(record.Id!, out var first))
                throw Error(record, $"duplicate id '{record.Id}' (first at {first.File}:{first.Line})");
            firstLineOfId[record.Id!] = record;
            documents.Add((record, document));
        }
        foreach (var (record, document) in documents)
        {
            if (record.SupersededBy is { } successor && !firstLineOfId.ContainsKey(successor))
                throw Error(record, $"superseded_by '{successor}' is not a known answer id");
            if (record.SupersededBy == record.Id)
                throw Error(record, "an answer cannot supersede itself");
        }
        return documents.Select(d => d.Document).ToList();
    }

    private static Document ToDocument(PastAnswerRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Id))
            throw Error(record, "missing 'id'");
        if (string.IsNullOrWhiteSpace(record.Question))
            throw Error(record, "missing 'question'");
        if (string.IsNullOrWhiteSpace(record.Answer))
            throw Error(record, "missing 'answer'");
        DateTimeOffset? askedAt = null;
        if (record.AskedAt is not null)
        {
            if (!DateTimeOffset.TryParse(record.AskedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                throw Error(record, $"'asked_at' is not a date: '{record.AskedAt}'");
            askedAt = parsed;
        }
        var status = record.Status switch
        {
            null or "current" => DocumentStatus.Current,
            "superseded" => DocumentStatus.Superseded,
            "pending_validation" => DocumentStatus.PendingValidation,
            _ => throw Error(record, $"unknown status '{record.Status}' (current, superseded, pending_validation)"),
        };
        if (status == DocumentStatus.Superseded && string.IsNullOrWhiteSpace(record.SupersededBy))
            throw Error(record, "a superseded answer needs 'superseded_by'");
        if (status != DocumentStatus.Superseded && record.SupersededBy is not null)
            throw Error(record, "'superseded_by' is only allowed with status 'superseded'");

        return new Document
        {
            Id = PastAnswerIds.DocumentId(record.Id),
            Title = Title(record.Question),
            Kind = DocumentKind.Answer,
            Sections = [new DocumentSection(null, record.Answer)],
            Question = record.Question,
            Modified = askedAt,
            Status = status,
            SupersededBy = record.SupersededBy is null ? null : PastAnswerIds.DocumentId(record.SupersededBy),
            Tags = record.Tags,
            References = record.Sources,
        };
    }

    /// <summary>The question's first words, as a title a CM recognizes in a result list.</summary>
    private static string Title(string question)
    {
        var oneLine = string.Join(' ', question.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 90 ? oneLine : oneLine[..oneLine.LastIndexOf(' ', 90)] + " …";
    }

    private static SourceFormatException Error(PastAnswerRecord record, string problem) => new(record.File, record.Line, problem);
}
