using System.Text.Json;
using KnowledgeBot.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBot.Web.Pages.Console;

public sealed class AuditModel(AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>"decisions", "connexions" or empty for everything.</summary>
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public bool More { get; private set; }

    public void OnGet()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        bool? decisions = Type switch { "decisions" => true, "connexions" => false, _ => null };
        (Entries, More) = audit.Page(decisions, UserName, PageNumber, PageSize);
    }

    /// <summary>A JSON object of the log as (French name, value) pairs.</summary>
    public static IEnumerable<(string Name, string Value)> Fields(string? json)
    {
        if (string.IsNullOrEmpty(json))
            yield break;
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
                continue;
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.True => "oui",
                JsonValueKind.False => "non",
                JsonValueKind.String => property.Value.GetString()!,
                _ => property.Value.GetRawText(),
            };
            yield return (AuditActions.FrenchDetail(property.Name), value);
        }
    }

    public string PageUrl(int page) =>
        $"/console/audit?type={Uri.EscapeDataString(Type ?? "")}&user={Uri.EscapeDataString(UserName ?? "")}&p={page}";
}
