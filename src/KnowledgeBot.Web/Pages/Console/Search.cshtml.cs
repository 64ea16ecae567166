using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class SearchModel(IKnowledgeSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public DocumentKind? Kind { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public void OnGet()
    {
        Query = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim();
        if (Query is null)
            return;
        if (Query.Length > 500)
            Query = Query[..500];
        Hits = search.Search(new SearchRequest(Query, 20, Kind is { } kind ? new HashSet<DocumentKind> { kind } : null));
    }
}
