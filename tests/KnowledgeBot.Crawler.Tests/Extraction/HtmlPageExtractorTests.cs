using System.Text;
using KnowledgeBot.Crawler.Extraction;
using KnowledgeBot.Crawler.Tests.Support;

namespace KnowledgeBot.Crawler.Tests.Extraction;

public class HtmlPageExtractorTests
{
    private static HtmlPage Extract(string path, string file, string? headerCharset = null) =>
        HtmlPageExtractor.Extract(SampleSite.Bytes(file), headerCharset, SampleSite.UrlOf(path), "KnowledgeBot");

    private static string Text(HtmlPage page) => string.Join("\n", page.Sections.Select(s => $"{s.Heading}\n{s.Text}"));

    [Theory]
    [InlineData("/aides/aides-financieres", "aides/aides-financieres.html")]
    [InlineData("/association/comites-departementaux", "association/comites-departementaux.html")]
    [InlineData("/proches/parler-du-cancer-aux-enfants", "proches/parler-du-cancer-aux-enfants.html")]
    [InlineData("/mentions-legales", "mentions-legales.html")]
    public void Site_chrome_is_left_out_of_the_text(string path, string file)
    {
        var text = Text(Extract(path, file));

        Assert.DoesNotContain("Tout accepter", text);          // cookie banner
        Assert.DoesNotContain("Menu principal", text);
        Assert.DoesNotContain("Aides et accompagnement", text); // main menu entry
        Assert.DoesNotContain("Rechercher sur le site", text);  // search form
        Assert.DoesNotContain("Recevez notre lettre", text);    // newsletter
        Assert.DoesNotContain("Je fais un don", text);          // donation box
        Assert.DoesNotContain("Suivez-nous", text);             // footer
        Assert.DoesNotContain("_paq", text);                    // scripts
        Assert.DoesNotContain("cookie-banner", text);           // styles
        Assert.DoesNotContain("Fil d'Ariane", text);
        Assert.DoesNotContain("Partager", text);
    }

    [Fact]
    public void Content_in_a_main_element_is_kept_with_its_section_headings()
    {
        var page = Extract("/aides/aides-financieres", "aides/aides-financieres.html");

        Assert.Equal(
            ["De quoi s'agit-il ?", "Qui peut en bénéficier ?", "Comment faire une demande ?", "Passer par un travailleur social",
             "Les pièces à fournir", "Après la demande", "D'autres aides possibles"],
            page.Sections.Select(s => s.Heading).Where(h => h is not null));
        Assert.Contains("commission sociale du comité", Text(page));
        Assert.Contains(page.Sections, s => s.Heading == "Les pièces à fournir" && s.Text.Contains("relevé d'identité bancaire"));
    }

    [Fact]
    public void Content_in_a_div_with_id_content_is_found()
    {
        var page = Extract("/association/comites-departementaux", "association/comites-departementaux.html");

        Assert.Contains(page.Sections, s => s.Heading == "Comment fonctionne un comité ?" && s.Text.Contains("association autonome"));
    }

    [Fact]
    public void Content_in_an_article_is_found()
    {
        var page = Extract("/proches/parler-du-cancer-aux-enfants", "proches/parler-du-cancer-aux-enfants.html");

        Assert.Contains(page.Sections, s => s.Heading == "De 3 à 6 ans" && s.Text.Contains("ce n’est pas sa faute"));
        Assert.Contains("Que dire aux enfants ?", page.Sections[0].Text);
    }

    [Fact]
    public void Title_description_and_modification_date_come_from_the_head()
    {
        var page = Extract("/aides/aides-financieres", "aides/aides-financieres.html");

        Assert.Equal("Aides financières aux personnes malades", page.Title);
        Assert.StartsWith("Aide financière ponctuelle du comité départemental", page.Description);
        Assert.Equal(new DateTimeOffset(2026, 4, 16, 0, 0, 0, TimeSpan.Zero), page.Modified);
    }

    [Fact]
    public void Latin1_page_declared_by_http_equiv_has_its_accents_right()
    {
        var page = Extract("/mentions-legales", "mentions-legales.html");

        Assert.Equal("Mentions légales", page.Title);
        Assert.Contains(page.Sections, s => s.Heading == "Éditeur du site" && s.Text.Contains("reconnue d'utilité publique"));
        Assert.Contains(page.Sections, s => s.Heading == "Données personnelles");
        Assert.DoesNotContain('\uFFFD', Text(page));
    }

    [Fact]
    public void Http_header_charset_wins_over_the_meta_declaration()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>Reçu fiscal</title></head><body><main><p>Déduction d'impôt</p></main></body></html>";

        var page = HtmlPageExtractor.Extract(Encoding.UTF8.GetBytes(html), "utf-8", SampleSite.UrlOf("/recu"), "KnowledgeBot");

        Assert.Equal("Reçu fiscal", page.Title);
        Assert.Equal("Déduction d'impôt", page.Sections.Single().Text);
    }

    [Fact]
    public void Page_without_any_declaration_is_read_as_utf8_when_it_is_valid_utf8()
    {
        var html = "<html><body><main><p>Thérapeutique</p></main></body></html>";

        var page = HtmlPageExtractor.Extract(Encoding.UTF8.GetBytes(html), null, SampleSite.UrlOf("/x"), "KnowledgeBot");

        Assert.Equal("Thérapeutique", page.Sections.Single().Text);
    }

    [Fact]
    public void Noindex_nofollow_meta_is_read()
    {
        var page = Extract("/admin/tableau-de-bord", "admin/tableau-de-bord.html");

        Assert.True(page.Robots.NoIndex);
        Assert.True(page.Robots.NoFollow);
    }

    [Fact]
    public void Meta_addressed_to_our_crawler_by_name_applies()
    {
        var html = "<html><head><meta name=\"knowledgebot\" content=\"noindex\"></head><body><p>x</p></body></html>";

        var page = HtmlPageExtractor.Extract(html, SampleSite.UrlOf("/x"), "KnowledgeBot");

        Assert.True(page.Robots.NoIndex);
        Assert.False(page.Robots.NoFollow);
    }

    [Fact]
    public void Canonical_link_is_absolute_and_links_are_resolved_without_fragments()
    {
        var page = Extract("/aides/aides-financieres-copie", "aides/aides-financieres-copie.html");

        Assert.Equal(new Uri("https://asso.example.org/aides/aides-financieres"), page.Canonical);
        Assert.Contains(new Uri("https://asso.example.org/mentions-legales"), page.Links);
        Assert.DoesNotContain(page.Links, l => l.Scheme is not ("http" or "https") || l.Fragment.Length > 0);
    }

    [Fact]
    public void Page_without_a_content_container_keeps_its_body_without_header_nav_and_footer()
    {
        const string html = """
            <html><body>
            <header><a href="/">Logo</a><nav><a href="/a">Menu A</a></nav></header>
            <div class="cookie-consent">Nous utilisons des cookies</div>
            <h1>Permanence juridique</h1>
            <p>Un juriste répond le mardi.</p>
            <h2>Comment prendre rendez-vous ?</h2>
            <p>Par téléphone au comité.</p>
            <footer>© L'Association</footer>
            </body></html>
            """;

        var page = HtmlPageExtractor.Extract(html, SampleSite.UrlOf("/permanence"), "KnowledgeBot");

        var text = string.Join("\n", page.Sections.Select(s => $"{s.Heading}\n{s.Text}"));
        Assert.Contains("Un juriste répond le mardi.", text);
        Assert.Contains(page.Sections, s => s.Heading == "Comment prendre rendez-vous ?" && s.Text == "Par téléphone au comité.");
        Assert.DoesNotContain("Menu A", text);
        Assert.DoesNotContain("cookies", text);
        Assert.DoesNotContain("©", text);
    }

    [Fact]
    public void Nofollow_links_are_not_returned()
    {
        var html = "<html><body><a href=\"/a\">a</a><a rel=\"nofollow\" href=\"/b\">b</a><a href=\"mailto:x@y.fr\">m</a></body></html>";

        var page = HtmlPageExtractor.Extract(html, SampleSite.UrlOf("/"), "KnowledgeBot");

        Assert.Equal([SampleSite.UrlOf("/a")], page.Links);
    }
}
