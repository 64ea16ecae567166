using KnowledgeBot.Core.Analysis;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Tests.Support;

namespace KnowledgeBot.Core.Tests.Analysis;

public class FrenchAnalyzerTests
{
    private static readonly FrenchAnalyzer IndexChain = new();

    private static readonly FrenchAnalyzer QueryChain = QueryAnalyzer.Create(
        KnowledgeBotHome.Resolve("corpus/synonyms.tsv"), KnowledgeBotHome.Resolve("corpus/message-noise-words.txt"));

    private static IReadOnlyList<string> Terms(FrenchAnalyzer analyzer, string text) =>
        QueryTerms.Of(analyzer, text).SelectMany(word => word.Terms).Select(term => term.Text).ToList();

    [Theory]
    [InlineData("thérapeutique", "therapeutique")]
    [InlineData("Sécurité", "securite")]
    [InlineData("prothèse", "PROTHESE")]
    public void Accents_and_case_do_not_matter(string written, string typed) =>
        Assert.Equal(Terms(IndexChain, written), Terms(IndexChain, typed));

    [Theory]
    [InlineData("l'assurance", "assurance")]
    [InlineData("d'invalidité", "invalidité")]
    [InlineData("qu'emprunter", "emprunter")]
    public void Elided_articles_are_removed(string elided, string bare) =>
        Assert.Equal(Terms(IndexChain, bare), Terms(IndexChain, elided));

    [Theory]
    [InlineData("aides", "aide")]
    [InlineData("prothèses capillaires", "prothèse capillaire")]
    [InlineData("indemnités journalières", "indemnité journalière")]
    public void Plural_and_singular_meet(string plural, string singular) =>
        Assert.Equal(Terms(IndexChain, singular), Terms(IndexChain, plural));

    [Fact]
    public void Stop_words_are_not_indexed() =>
        Assert.Equal(Terms(IndexChain, "cancer"), Terms(IndexChain, "le cancer de la"));

    [Theory]
    [InlineData("chimio", "chimiothérapie")]
    [InlineData("rayons", "radiothérapie")]
    [InlineData("perruque", "prothèse capillaire")]
    [InlineData("mutuelle", "complémentaire santé")]
    [InlineData("la sécu", "assurance maladie")]
    [InlineData("crédit maison", "prêt immobilier")]
    [InlineData("mamo", "mammographie")]
    [InlineData("la clope", "tabac")]
    public void Lay_terms_also_search_the_vetted_terms(string lay, string vetted)
    {
        var expanded = Terms(QueryChain, lay);
        Assert.All(Terms(IndexChain, vetted), term => Assert.Contains(term, expanded));
    }

    [Fact]
    public void Lay_synonyms_are_marked_as_such_and_keep_the_original_word()
    {
        var word = Assert.Single(QueryTerms.Of(QueryChain, "boulot"));
        Assert.Contains(word.Terms, term => !term.IsSynonym && term.Text == "boulot");
        Assert.Contains(word.Terms, term => term.IsSynonym && term.Text == Terms(IndexChain, "travail").Single());
    }

    [Fact]
    public void Greetings_and_politeness_are_dropped_from_questions() =>
        Assert.Equal(Terms(QueryChain, "perruque"), Terms(QueryChain, "Bonjour, perruque ? Merci, cordialement"));

    [Fact]
    public void Index_chain_does_not_expand_synonyms() =>
        Assert.Equal(["chimio"], Terms(IndexChain, "chimio"));

    [Fact]
    public void Malformed_synonym_line_names_file_and_line()
    {
        using var folder = new TempDirectory();
        var file = folder.File("synonyms.tsv", "# lay\tvetted\nchimio\tchimiothérapie\nrayons radiothérapie\n");
        var error = Assert.Throws<SourceFormatException>(() => LaySynonyms.Load(file));
        Assert.Equal(3, error.Line);
        Assert.Contains("synonyms.tsv:3", error.Message);
    }

    [Fact]
    public void Synonym_files_without_entries_leave_questions_unexpanded()
    {
        using var folder = new TempDirectory();
        var synonyms = folder.File("synonyms.tsv", "# nothing yet\n");
        var noise = folder.File("noise.txt", "");

        var analyzer = QueryAnalyzer.Create(synonyms, noise, acronymsFile: synonyms);

        Assert.Equal(["chimio"], Terms(analyzer, "chimio"));
    }
}
