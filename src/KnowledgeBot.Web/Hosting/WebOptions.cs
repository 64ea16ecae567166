namespace KnowledgeBot.Web.Hosting;

/// <summary>Limits and safety settings of the web host (section <c>KnowledgeBot:Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "KnowledgeBot:Web";

    /// <summary>Longest message a patient or the CM may send, in characters.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>Largest request body accepted on the public routes, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Messages a client (IP address) may post per minute to the widget.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>Activities a client may post per minute to /api/messages (Azure Bot Service posts for many people from few addresses).</summary>
    public int BotMessagesPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts a client may make per minute (each account also locks itself after repeated failures).</summary>
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>Widget polls a client may make per minute.</summary>
    public int PollsPerMinute { get; set; } = 120;

    /// <summary>
    /// Addresses of the reverse proxies in front of the host (e.g. <c>127.0.0.1</c>): only their X-Forwarded-For and
    /// X-Forwarded-Proto are believed, so that rate limits see the client's address and cookies know HTTPS was used.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// A PKCS#12 (.pfx) certificate that encrypts the cookie-signing keys at rest (its password in
    /// <c>KnowledgeBot__Web__KeysCertificatePassword</c>); empty: the keys are kept in a folder readable by the host's
    /// account only, unencrypted.
    /// </summary>
    public string KeysCertificate { get; set; } = "";

    public string KeysCertificatePassword { get; set; } = "";

    /// <summary>CSP frame-ancestors of the widget page: the sites allowed to embed it.</summary>
    public string WidgetFrameAncestors { get; set; } = "*";

    /// <summary>Days after which message bodies (health data) are deleted; 0 keeps them.</summary>
    public int MessageBodyRetentionDays { get; set; } = 180;

    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often approved replies not delivered yet (a channel down, a crash) are tried again.</summary>
    public TimeSpan OutboxRetryInterval { get; set; } = TimeSpan.FromSeconds(10);
}
