using System.Globalization;
using System.Text;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Web.Review;

namespace KnowledgeBot.Web.Dashboard;

/// <summary>
/// The export of a period: one line per message with its metadata only (no message or reply text, no name, no
/// conversation id; of the CM's flags on drafts, only their kinds), so that the file can leave the console without carrying anyone's words.
/// </summary>
public static class MessagesCsv
{
    public static readonly string[] Header =
        ["received_at", "channel", "triage", "level", "committee", "status", "first_reply_seconds", "draft_confidence", "flags"];

    /// <summary>The file name the browser saves it under: <c>knowledgebot-AAAA-MM-JJ.csv</c>, the day of the export.</summary>
    public static string FileName(DateOnly today) => $"knowledgebot-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static string Write(IEnumerable<PeriodMessage> messages)
    {
        var csv = new StringBuilder(CsvLine.Of(Header));
        foreach (var message in messages)
        {
            csv.Append(CsvLine.Of(
            [
                message.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                message.Channel.ToString(),
                TriageLabels.Name(message.Triage),
                message.Level is { } level ? TriageLabels.Name(level) : null,
                message.Committee?.Code,
                message.Status.Wire(),
                message.FirstReplyDelay is { } delay ? ((long)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null,
                message.DraftConfidence?.ToString("0.###", CultureInfo.InvariantCulture),
                string.Join('|', message.Flags.Select(k => k.Wire())),
            ]));
        }
        return csv.ToString();
    }
}
