namespace KnowledgeBot.Web.Bot;

/// <summary>
/// Bot Framework registration (section <c>KnowledgeBot:Bot</c>), read by ConfigurationBotFrameworkAuthentication.
/// An empty <see cref="MicrosoftAppId"/> runs the bot locally without tokens; a real one turns on JWT validation
/// (Azure Bot Service channels). The password comes from the environment, never from the file.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "KnowledgeBot:Bot";

    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppTenantId { get; set; } = "";
}
