namespace KnowledgeBot.Web.Bot;

/// <summary>
/// Bot Framework registration (section <c>KnowledgeBot:Bot</c>), read by ConfigurationBotFrameworkAuthentication.
/// A real <see cref="MicrosoftAppId"/> turns on JWT validation (Azure Bot Service channels); the password comes from
/// the environment, never from the file. Without an app id, <c>/api/messages</c> answers only when
/// <see cref="AllowUnauthenticatedLocalChannels"/> allows it, and only for channels on this machine (the emulator).
/// </summary>
public sealed class BotOptions
{
    public const string Section = "KnowledgeBot:Bot";

    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>
    /// With no app id: accept activities without a token whose service URL is on this machine (the Bot Framework
    /// Emulator, the load bench). Null: only in the Development environment.
    /// </summary>
    public bool? AllowUnauthenticatedLocalChannels { get; set; }

    public bool RequiresTokens => MicrosoftAppId.Length > 0;
}
