using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Tests.Support;

internal static class TestDocuments
{
    public static Document Page(string path, string title, params (string? Heading, string Text)[] sections) => new()
    {
        Id = "https://asso.example.org/" + path,
        Url = "https://asso.example.org/" + path,
        Title = title,
        Kind = DocumentKind.Page,
        Sections = sections.Select(s => new DocumentSection(s.Heading, s.Text)).ToList(),
    };

    public static Document Fiche(string number, string title, params (string? Heading, string Text)[] sections) =>
        Page("", title, sections) with
        {
            Id = "https://www.service-public.fr/particuliers/vosdroits/" + number,
            Url = "https://www.service-public.fr/particuliers/vosdroits/" + number,
            Kind = DocumentKind.Fiche,
        };

    public static string Words(int count, string word = "texte") => string.Join(' ', Enumerable.Repeat(word, count));
}
