namespace KnowledgeBot.Web.Conversations;

/// <summary>Who wrote a line of a widget conversation.</summary>
public static class TranscriptRole
{
    public const string Patient = "patient";
    /// <summary>The bot's immediate reply: vetted material, committee, helplines; never free-form text.</summary>
    public const string Bot = "bot";
    /// <summary>A reply written or approved by the CM.</summary>
    public const string Team = "team";
}

/// <param name="Text">Null once the retention period has deleted the body.</param>
public sealed record TranscriptEntry(long Seq, string Role, string? Text, IReadOnlyList<MaterialCard> Cards, DateTimeOffset At);

/// <summary>A vetted page shown verbatim: its title, a plain-text snippet and its link.</summary>
public sealed record MaterialCard(string Title, string Text, string? Url);
