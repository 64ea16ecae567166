using KnowledgeBot.Web.Hosting;

namespace KnowledgeBot.Web.Pages.Shared;

/// <summary>The console's main navigation, each link with the policy of the page it opens: the layout shows only what the role may open.</summary>
public static class ConsoleNavigation
{
    public sealed record Link(string Href, string Label, string Policy);

    public static IReadOnlyList<Link> Links { get; } =
    [
        new("/console", "Boîte de réception", ConsolePolicies.Answering),
        new("/console/new", "Nouveau message", ConsolePolicies.Answering),
        new("/console/search", "Recherche", ConsolePolicies.Answering),
        new("/console/expert", "Validation des réponses", ConsolePolicies.Validating),
        new("/console/audit", "Journal", ConsolePolicies.Administering),
        new("/console/dashboard", "Tableau de bord", ConsolePolicies.Answering),
        new("/console/gaps", "Lacunes du contenu", ConsolePolicies.Improving),
        new("/console/password", "Mot de passe", ConsolePolicies.SignedIn),
    ];
}
