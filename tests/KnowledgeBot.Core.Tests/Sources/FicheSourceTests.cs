using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBot.Core.Tests.Sources;

public class FicheSourceTests
{
    private const string Prefix = "https://www.service-public.fr/particuliers/vosdroits/";

    private static Task<List<Document>> ReadAsync(string directory, string[]? ids = null, string[]? subjects = null) =>
        new FicheSource(directory, ids ?? [], subjects ?? [], NullLogger<FicheSource>.Instance).ReadAsync().ToListAsync().AsTask();

    [Fact]
    public async Task Publications_are_imported_and_other_entries_skipped()
    {
        var fiches = await ReadAsync(Fixtures.FichesDirectory);

        Assert.Equal(
            ["F11996", "F13239", "F2693", "F904", "N31650"],
            fiches.Select(f => f.Id[Prefix.Length..]).Order(StringComparer.Ordinal));
        Assert.All(fiches, fiche => Assert.Equal(DocumentKind.Fiche, fiche.Kind));
    }

    [Fact]
    public async Task Fiche_keeps_title_subject_description_url_and_modification_date()
    {
        var fiche = (await ReadAsync(Fixtures.FichesDirectory)).Single(f => f.Id == Prefix + "F904");

        Assert.Equal(Prefix + "F904", fiche.Url);
        Assert.Equal("Conséquences de l'union libre", fiche.Title);
        Assert.Equal(["Famille"], fiche.Tags);
        Assert.False(string.IsNullOrWhiteSpace(fiche.Description));
        Assert.Equal(new DateTimeOffset(2017, 9, 5, 0, 0, 0, TimeSpan.Zero), fiche.Modified);
    }

    [Fact]
    public async Task Nested_chapters_become_sections_headed_by_their_path()
    {
        var fiche = (await ReadAsync(Fixtures.FichesDirectory)).Single(f => f.Id == Prefix + "F904");
        var headings = fiche.Sections.Select(s => s.Heading).ToList();

        Assert.Contains("Naissance d'un enfant", headings);
        Assert.Contains("Effets sur le logement — Logement loué", headings);
        Assert.Contains("Fiscalité — En matière successorale", headings);
        Assert.DoesNotContain(fiche.Sections, s => s.Text.Contains("Logement loué\n"));
    }

    [Fact]
    public async Task Inline_links_and_definitions_keep_their_text()
    {
        var fiche = (await ReadAsync(Fixtures.FichesDirectory)).Single(f => f.Id == Prefix + "F904");

        Assert.Contains("Pacs", fiche.FullText);
        var definitions = fiche.Sections.Single(s => s.Heading == "Définitions").Text;
        Assert.Contains("Indivision : ", definitions);
        Assert.Contains("Ayant droit (pour la Sécurité sociale) : ", definitions);
    }

    [Fact]
    public async Task Situations_and_cases_are_sections_too()
    {
        var fiche = (await ReadAsync(Fixtures.FichesDirectory)).Single(f => f.Id == Prefix + "F11996");

        Assert.True(fiche.Sections.Count(s => s.Heading?.Contains(" — ") == true) >= 2);
        Assert.DoesNotContain(fiche.Sections, s => string.IsNullOrWhiteSpace(s.Text));
    }

    [Fact]
    public async Task Dossier_lists_the_titles_of_its_fiches()
    {
        var dossier = (await ReadAsync(Fixtures.FichesDirectory)).Single(f => f.Id == Prefix + "N31650");

        Assert.Equal("Don du corps - Prélèvement d'organes", dossier.Title);
        Assert.NotEmpty(dossier.Sections);
    }

    [Fact]
    public async Task Entry_without_spUrl_is_identified_by_its_id() =>
        Assert.Contains(await ReadAsync(Fixtures.FichesDirectory), f => f.Id == Prefix + "F13239");

    [Fact]
    public async Task Allow_list_of_ids_restricts_the_import() =>
        Assert.Equal([Prefix + "F904"], (await ReadAsync(Fixtures.FichesDirectory, ids: ["F904"])).Select(f => f.Id));

    [Fact]
    public async Task Allow_list_of_subjects_restricts_the_import() =>
        Assert.Equal([Prefix + "F2693"], (await ReadAsync(Fixtures.FichesDirectory, subjects: ["Logement"])).Select(f => f.Id));

    [Fact]
    public async Task Missing_folder_gives_no_fiches_instead_of_failing() =>
        Assert.Empty(await ReadAsync(Path.Combine(Fixtures.FichesDirectory, "absent")));

    [Fact]
    public async Task Malformed_fiche_is_reported_with_file_and_line()
    {
        using var folder = new TempDirectory();
        var file = folder.File("F1.json", "{\n  \"id\": \"F1\",\n  \"children\": [\n}");

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => ReadAsync(folder.Path));
        Assert.Equal(file, error.File);
        Assert.Equal(4, error.Line);
    }
}
