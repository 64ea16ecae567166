using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Sources;

/// <summary>
/// Reads one service-public.fr entry in the JSON form of the DILA XML (<c>{name, attributes, children, text}</c> nodes).
/// Only <c>Publication</c> entries become documents (fiches F… and dossiers N…); <c>ServiceComplementaire</c>
/// entries (forms, online services) and lists give null. Sections follow the headings Chapitre, SousChapitre,
/// Situation, Cas and SousDossier; inline links keep their text; definitions end the document.
/// </summary>
internal static class DilaPublicationReader
{
    /// <summary>Where service-public.fr publishes a particuliers entry; used when an entry omits its spUrl.</summary>
    private const string SpUrlPrefix = "https://www.service-public.fr/particuliers/vosdroits/";

    private static readonly HashSet<string> SectionElements = ["Chapitre", "SousChapitre", "Situation", "Cas", "SousDossier"];

    private static readonly HashSet<string> BlockElements =
        ["Paragraphe", "Item", "Titre", "Rangée", "Liste", "Tableau", "Texte", "ANoter", "ASavoir", "Attention", "Rappel", "Fiche", "Citation"];

    /// <summary>Navigation, metadata and contact blocks: not part of what the fiche says.</summary>
    private static readonly HashSet<string> SkippedElements =
    [
        "SurTitre", "Audience", "Canal", "FilDAriane", "Theme", "SousThemePere", "DossierPere", "SousDossierPere",
        "Reference", "QuestionReponse", "PourEnSavoirPlus", "ServiceEnLigne", "OuSAdresser", "VoirAussi", "Partenaire",
        "Definition", "Abreviation", "PivotLocal", "RessourceWeb", "Source", "Questionnaire", "Image", "Illustration",
    ];

    public static Document? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return null;
        var publication = Children(root).FirstOrDefault(child => Name(child) == "Publication");
        if (publication.ValueKind != JsonValueKind.Object)
            return null;
        var spUrl = Attribute(publication, "spUrl")
            ?? (Attribute(publication, "ID") is { } id ? SpUrlPrefix + id : throw new FormatException("Publication without spUrl nor ID"));
        var body = Children(publication).ToList();

        var sections = new SectionCollector();
        foreach (var element in body)
        {
            var name = Name(element);
            if (name is null || name.StartsWith("dc:", StringComparison.Ordinal) || SkippedElements.Contains(name))
                continue;
            sections.Walk(element);
        }
        sections.Flush();
        var definitions = Definitions(body);
        if (definitions.Length > 0)
            sections.Add("Définitions", definitions);

        return new Document
        {
            Id = spUrl,
            Url = spUrl,
            Title = MetadataText(body, "dc:title") ?? spUrl,
            Kind = DocumentKind.Fiche,
            Description = MetadataText(body, "dc:description"),
            Tags = MetadataText(body, "dc:subject") is { } subject ? [subject] : [],
            Sections = sections.Sections,
            Modified = Modified(Attribute(publication, "dateDerniereModificationImportante"))
                ?? Modified(MetadataText(body, "dc:date")?.Replace("modified", "").Trim()),
        };
    }

    private static string Definitions(IEnumerable<JsonElement> body)
    {
        var lines = body
            .Where(element => Name(element) is "Definition" or "Abreviation")
            .Select(element => (Title: Text(Child(element, "Titre")), Text: Text(Child(element, "Texte"))))
            .Where(definition => definition.Title.Length > 0 && definition.Text.Length > 0)
            .Select(definition => $"{definition.Title} : {definition.Text}");
        return string.Join("\n", lines);
    }

    private static DateTimeOffset? Modified(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? MetadataText(IEnumerable<JsonElement> body, string name) =>
        body.Where(element => Name(element) == name).Select(Text).FirstOrDefault(text => text.Length > 0);

    internal static string? Name(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("name", out var name) ? name.GetString() : null;

    private static string? Attribute(JsonElement node, string name) =>
        node.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
        && attributes.TryGetProperty(name, out var value) ? value.GetString() : null;

    internal static IEnumerable<JsonElement> Children(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array
            ? children.EnumerateArray()
            : [];

    private static JsonElement Child(JsonElement node, string name) => Children(node).FirstOrDefault(child => Name(child) == name);

    /// <summary>All the text under a node, blocks on their own lines, whitespace collapsed.</summary>
    internal static string Text(JsonElement node)
    {
        var builder = new StringBuilder();
        AppendText(node, builder);
        return Tidy(builder.ToString());
    }

    internal static void AppendText(JsonElement node, StringBuilder builder)
    {
        if (node.ValueKind != JsonValueKind.Object)
            return;
        if (node.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            builder.Append(text.GetString());
            return;
        }
        var name = Name(node);
        if (name is not null && SkippedElements.Contains(name))
            return;
        foreach (var child in Children(node))
            AppendText(child, builder);
        if (name is not null && BlockElements.Contains(name))
            builder.Append('\n');
        else if (name == "Cellule")
            builder.Append(' ');
    }

    internal static string Tidy(string text) =>
        string.Join("\n", text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0));

    /// <summary>Cuts the body into sections at each heading element, heading = path of titles ("Chapitre — Cas").</summary>
    private sealed class SectionCollector
    {
        private readonly List<DocumentSection> sections = [];
        private readonly Stack<string> headings = new();
        private StringBuilder current = new();

        public IReadOnlyList<DocumentSection> Sections => sections;

        public void Walk(JsonElement node)
        {
            var name = Name(node);
            if (name is null || !SectionElements.Contains(name))
            {
                if (name is not null && SkippedElements.Contains(name))
                    return;
                if (Children(node).Any(child => SectionElements.Contains(Name(child) ?? "")))
                    foreach (var child in Children(node))
                        Walk(child);
                else
                    AppendText(node, current);
                return;
            }
            Flush();
            var title = Text(Child(node, "Titre"));
            headings.Push(title.Length > 0 ? title : name);
            foreach (var child in Children(node).Where(child => Name(child) != "Titre"))
                Walk(child);
            Flush();
            headings.Pop();
        }

        public void Flush()
        {
            var text = Tidy(current.ToString());
            current = new StringBuilder();
            if (text.Length > 0)
                Add(headings.Count == 0 ? null : string.Join(" — ", headings.Reverse()), text);
        }

        public void Add(string? heading, string text) => sections.Add(new DocumentSection(heading, text));
    }
}
