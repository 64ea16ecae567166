using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace KnowledgeBot.Web.Hosting;

/// <summary>The policy of each console page (the endpoints name theirs where they are mapped). A page not listed admits every signed-in role.</summary>
public static class ConsolePageAccess
{
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["/Console/Index"] = ConsolePolicies.Answering,
        ["/Console/Message"] = ConsolePolicies.Answering,
        ["/Console/New"] = ConsolePolicies.Answering,
        ["/Console/Search"] = ConsolePolicies.Answering,
        ["/Console/Dashboard"] = ConsolePolicies.Answering,
        ["/Console/Expert"] = ConsolePolicies.Validating,
        ["/Console/Gaps"] = ConsolePolicies.Improving,
        ["/Console/Audit"] = ConsolePolicies.Administering,
        ["/Account/Password"] = ConsolePolicies.SignedIn,
    };

    public static PageConventionCollection AuthorizeConsolePages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Console").AllowAnonymousToPage("/Console/Login");
        foreach (var (page, policy) in Pages)
            conventions.AuthorizePage(page, policy);
        return conventions;
    }
}
