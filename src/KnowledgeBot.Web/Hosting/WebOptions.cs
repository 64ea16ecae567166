namespace KnowledgeBot.Web.Hosting;

/// <summary>Limits and safety settings of the web host (section <c>KnowledgeBot:Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "KnowledgeBot:Web";

    /// <summary>Longest message a patient or the CM may send, in characters.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>Largest request body accepted on the public routes, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Messages a client (IP address) may post per minute to the widget and to /api/messages.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>Widget polls a client may make per minute.</summary>
    public int PollsPerMinute { get; set; } = 120;

    /// <summary>CSP frame-ancestors of the widget page: the sites allowed to embed it.</summary>
    public string WidgetFrameAncestors { get; set; } = "*";

    /// <summary>Days after which message bodies (health data) are deleted; 0 keeps them.</summary>
    public int MessageBodyRetentionDays { get; set; } = 180;

    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often approved replies not delivered yet (a channel down, a crash) are tried again.</summary>
    public TimeSpan OutboxRetryInterval { get; set; } = TimeSpan.FromSeconds(10);
}
