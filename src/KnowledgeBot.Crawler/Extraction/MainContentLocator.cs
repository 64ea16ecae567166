using HtmlAgilityPack;

namespace KnowledgeBot.Crawler.Extraction;

/// <summary>
/// Finds the element that holds a page's own content (not the site's header, menus, banners and footer)
/// and removes the boilerplate that content containers still carry (breadcrumbs, share buttons, forms).
/// </summary>
public static class MainContentLocator
{
    // Ids and classes that content management systems give their main content region.
    private static readonly string[] ContentIds = ["content", "contenu", "main-content", "main", "page-content", "primary"];

    private static readonly HashSet<string> BoilerplateElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
        "nav", "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label", "dialog",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    };

    // Words of class names (split at - and _) of blocks that are not the page's subject:
    // cookie consent, sharing buttons, newsletter and donation calls, skip links.
    private static readonly HashSet<string> BoilerplateClassWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "breadcrumb", "share", "sharing", "social", "newsletter", "skip", "cta", "promo", "advert", "sidebar",
    };

    public static HtmlNode Locate(HtmlDocument document)
    {
        var body = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var container = FindContainer(body);
        var content = container.CloneNode(deep: true);
        RemoveBoilerplate(content);
        return content;
    }

    private static HtmlNode FindContainer(HtmlNode body)
    {
        var main = body.SelectSingleNode(".//main") ?? body.SelectSingleNode(".//*[@role='main']");
        if (main is not null)
            return SingleArticleIn(main) ?? main;
        if (SingleArticleIn(body) is { } article)
            return article;
        foreach (var id in ContentIds)
        {
            if (body.SelectSingleNode($".//*[@id='{id}']") is { } byId)
                return byId;
        }
        return body;
    }

    // A main region that wraps one article holds only navigation around it.
    private static HtmlNode? SingleArticleIn(HtmlNode node)
    {
        var articles = node.SelectNodes(".//article");
        return articles is { Count: 1 } ? articles[0] : null;
    }

    private static void RemoveBoilerplate(HtmlNode content)
    {
        var doomed = content.Descendants()
            .Where(n => n.NodeType == HtmlNodeType.Comment || (n.NodeType == HtmlNodeType.Element && IsBoilerplate(n)))
            .ToList();
        foreach (var node in doomed)
            node.Remove();
    }

    private static bool IsBoilerplate(HtmlNode element)
    {
        if (BoilerplateElements.Contains(element.Name))
            return true;
        if (element.Attributes.Contains("hidden") || element.GetAttributeValue("aria-hidden", "") == "true")
            return true;
        if (BoilerplateRoles.Contains(element.GetAttributeValue("role", "")))
            return true;
        return element.GetClasses().SelectMany(c => c.Split('-', '_')).Any(BoilerplateClassWords.Contains);
    }
}
