#!/usr/bin/env -S dotnet run --file
#:project ../src/KnowledgeBot.Core/KnowledgeBot.Core.csproj
// Renders the service-public.fr publications (data/fiches/particuliers, see scripts/fetch-fiches.sh) to a static
// website, for crawl tests and throughput measurements on loopback:
//     dotnet run --file scripts/render-fiches-site.cs -- [FICHES_DIR] [OUTPUT_DIR]
// Each publication becomes the page of its spUrl path (https://www.service-public.fr/particuliers/vosdroits/F16920
// -> OUTPUT_DIR/particuliers/vosdroits/F16920.html) with a canonical link to its spUrl, its sections as h2 headings,
// and the site chrome the crawler must ignore; index.html links every page, and robots.txt and sitemap.xml are
// written as a real site has them. Serve it with scripts/serve-site.py; crawl it with the origin alias
// https://www.service-public.fr -> http://127.0.0.1:PORT.
using System.Net;
using System.Text;
using KnowledgeBot.Core.Sources;

var fichesDirectory = args.Length > 0 ? args[0] : "data/fiches/particuliers";
var output = args.Length > 1 ? args[1] : "data/fiches-site";
const string Origin = "https://www.service-public.fr";

Directory.CreateDirectory(output);
var paths = new List<(string Path, string Title)>();
await foreach (var fiche in new FicheSource(fichesDirectory).ReadAsync())
{
    var url = new Uri(fiche.Url ?? fiche.Id);
    var path = url.AbsolutePath.TrimEnd('/');
    var file = Path.Combine(output, path.TrimStart('/') + ".html");
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    await File.WriteAllTextAsync(file, Page(fiche.Title, fiche.Description, url.AbsoluteUri, fiche.Sections.Select(s => (s.Heading, s.Text))));
    paths.Add((path, fiche.Title));
}

var links = string.Join("\n", paths.Select(p => $"<li><a href=\"{p.Path}\">{Html(p.Title)}</a></li>"));
await File.WriteAllTextAsync(Path.Combine(output, "index.html"),
    Page("Particuliers", "Toutes les fiches pratiques", Origin + "/", [(null, "")]).Replace("<!--links-->", $"<ul>\n{links}\n</ul>"));
await File.WriteAllTextAsync(Path.Combine(output, "robots.txt"), $"User-agent: *\nDisallow: /admin/\n\nSitemap: {Origin}/sitemap.xml\n");
await File.WriteAllTextAsync(Path.Combine(output, "sitemap.xml"),
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    + string.Concat(paths.Select(p => $"  <url><loc>{Origin}{p.Path}</loc></url>\n")) + "</urlset>\n");
Console.Error.WriteLine($"{paths.Count} pages written to {Path.GetFullPath(output)}");

static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

static string Page(string title, string? description, string canonical, IEnumerable<(string? Heading, string Text)> sections)
{
    var body = new StringBuilder();
    foreach (var (heading, text) in sections)
    {
        if (heading is not null)
            body.Append("<h2>").Append(Html(heading)).Append("</h2>\n");
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            body.Append("<p>").Append(Html(line)).Append("</p>\n");
    }
    return $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <title>{{Html(title)}} | Service-Public.fr</title>
        <meta name="description" content="{{Html(description)}}">
        <link rel="canonical" href="{{canonical}}">
        <style>.cookie-banner { display: none; }</style>
        </head>
        <body>
        <div class="cookie-banner" role="dialog"><p>Ce site utilise des cookies.</p><button>Accepter</button></div>
        <header><nav aria-label="Menu principal"><a href="/">Accueil</a> <a href="/sitemap.xml">Plan du site</a></nav></header>
        <main>
        <h1>{{Html(title)}}</h1>
        <!--links-->
        {{body}}</main>
        <footer><p>Direction de l'information légale et administrative</p></footer>
        </body>
        </html>
        """;
}
