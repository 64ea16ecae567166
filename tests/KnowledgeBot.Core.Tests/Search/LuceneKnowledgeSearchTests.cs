using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Tests.Support;
using static KnowledgeBot.Core.Tests.Support.TestDocuments;

namespace KnowledgeBot.Core.Tests.Search;

public class LuceneKnowledgeSearchTests
{
    private static async Task<TestIndex> SampleCorpusIndexAsync()
    {
        var index = new TestIndex();
        var answers = await new PastAnswersSource([KnowledgeBotHome.Resolve("corpus/past-answers.jsonl")]).ReadAsync().ToListAsync();
        var fiches = await new FicheSource(Fixtures.FichesDirectory).ReadAsync().ToListAsync();
        await index.AddAsync(answers.Concat(fiches));
        return index;
    }

    [Theory]
    [InlineData("perruque en vrais cheveux, la secu en paye combien ?", "answer:PA-0155")]
    [InlineData("je veux arreter la clope, les patchs c'est rembourse ?", "answer:PA-0046")]
    [InlineData("j'ai égaré le reçu fiscal de mes dons, comment avoir une copie ?", "answer:PA-0072")]
    public async Task Lay_questions_find_the_past_answer(string question, string expected)
    {
        using var index = await SampleCorpusIndexAsync();
        Assert.Contains(expected, index.Ids(question, top: 5));
    }

    [Fact]
    public async Task Superseded_answer_is_replaced_by_its_successor()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Answer("PA-0001", "Combien rembourse la sécu pour une perruque ?", "Ancienne règle : 125 euros pour la perruque.", supersededBy: "PA-0002"),
            Answer("PA-0002", "Prothèse capillaire : quelle prise en charge ?", "Depuis 2026, quatre classes de prothèses capillaires."));

        var hits = index.Search.Search(new SearchRequest("ancienne règle 125 euros perruque"));

        var hit = Assert.Single(hits);
        Assert.Equal("answer:PA-0002", hit.Id);
        Assert.Equal("answer:PA-0001", hit.Replaces);
        Assert.Equal(DocumentStatus.Current, hit.Status);
        Assert.Contains("quatre classes", hit.Passage);
    }

    [Fact]
    public async Task Chain_of_superseded_answers_leads_to_the_current_one()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Answer("PA-0001", "Perruque ?", "Règle de 2019 sur la perruque.", supersededBy: "PA-0002"),
            Answer("PA-0002", "Perruque ?", "Règle de 2023.", supersededBy: "PA-0003"),
            Answer("PA-0003", "Prothèse capillaire ?", "Règle de 2026."));

        Assert.Equal(["answer:PA-0003"], index.Ids("règle 2019 perruque"));
    }

    [Fact]
    public async Task Answer_pending_validation_ranks_below_a_validated_one()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Answer("PA-0001", "Le taxi est-il remboursé ?", "Oui, sur prescription médicale.") with { Status = DocumentStatus.PendingValidation },
            Answer("PA-0002", "Le taxi est-il remboursé ?", "Oui, sur prescription médicale."));

        Assert.Equal(["answer:PA-0002", "answer:PA-0001"], index.Ids("taxi remboursé"));
    }

    [Fact]
    public async Task Results_are_grouped_by_document_with_the_best_passage_highlighted()
    {
        using var index = new TestIndex();
        await index.AddAsync(Page("droits/ald", "Affection de longue durée",
            ("Qu'est-ce que l'ALD ?", Words(100, "maladie")),
            ("Dépassements d'honoraires", "Les dépassements d'honoraires ne sont pas pris en charge à 100 % par l'ALD. " + Words(90, "honoraires")),
            ("Transports", Words(100, "transport"))));

        var hit = Assert.Single(index.Search.Search(new SearchRequest("dépassement d'honoraires")));
        Assert.StartsWith("Dépassements d'honoraires", hit.Passage);
        Assert.Contains(hit.Snippet.Segments(), s => s.Highlighted && s.Text.Equals("dépassements", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Snippet_is_the_plain_text_with_the_matched_words_as_ranges_into_it()
    {
        using var index = new TestIndex();
        await index.AddAsync(Page("p", "Page", (null, "Le taxi <script>alert(1)</script> est remboursé par l'Assurance maladie.")));

        var snippet = Assert.Single(index.Search.Search(new SearchRequest("taxi remboursé"))).Snippet;

        Assert.Equal("Le taxi <script>alert(1)</script> est remboursé par l'Assurance maladie.", snippet.Text);
        Assert.Equal(["taxi", "remboursé"], snippet.Segments().Where(s => s.Highlighted).Select(s => s.Text));
        Assert.Equal(snippet.Text, string.Concat(snippet.Segments().Select(s => s.Text)));
    }

    [Theory]
    [InlineData(24)]
    [InlineData(27)]
    [InlineData(30)]
    public async Task No_snippet_shows_half_a_web_address(int wordsBefore)
    {
        using var index = new TestIndex();
        var before = string.Join(" ", Enumerable.Repeat("mots", wordsBefore));
        var after = string.Join(" ", Enumerable.Repeat("Le dossier se prépare avec votre assistante sociale.", 8));
        await index.AddAsync(Page("p", "Page", (null,
            $"Texte {before} voir https://www.service-public.fr/particuliers/vosdroits/F1650 puis la reconnaissance du handicap se demande. {after} Encore la reconnaissance.")));

        var snippet = Assert.Single(index.Search.Search(new SearchRequest("reconnaissance"))).Snippet.Text;

        var pieces = snippet.Split([' ', '…'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Contains('/') || w.Contains("service-public", StringComparison.Ordinal));
        Assert.All(pieces, piece => Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F1650", piece));
    }

    [Theory]
    [InlineData("13eme mois", "Le 13e mois est une prime prévue par le contrat ou la convention collective.")]
    [InlineData("13 ème mois", "Le 13e mois est une prime prévue par le contrat ou la convention collective.")]
    [InlineData("1er arrêt", "Votre premier arrêt, dit 1er arrêt de travail, ouvre des droits.")]
    public async Task An_ordinal_finds_the_same_ordinal_however_it_is_typed(string query, string text)
    {
        using var index = new TestIndex();
        await index.AddAsync(Page("ordinal", "Page", (null, text)));
        await index.AddAsync(Page("arreter-de-fumer", "Arrêter de fumer", (null, "Chaque mois compte, et un mois sans tabac aussi.")));

        Assert.Equal("https://asso.example.org/ordinal", index.Search.Search(new SearchRequest(query)).First().Id);
    }

    /// <summary>A fiche whose two sections hold « sanction » and « blâme » one each, none of them in its title.</summary>
    private static Document DisciplineFiche() => Fiche("F1", "Discipline au travail",
        ("Avertissement", "L'avertissement est une sanction légère. " + Words(90, "employeur")),
        ("Inscription au dossier", "Le blâme est inscrit au dossier du salarié. " + Words(90, "employeur")),
        ("Mise à pied", Words(90, "employeur")));

    [Fact]
    public async Task A_keyword_query_finds_the_document_whose_sections_hold_its_words_between_them()
    {
        using var index = new TestIndex();
        await index.AddAsync(DisciplineFiche(), Page("benevolat", "Devenir bénévole", (null, "Un blâme ? Jamais : un blâme n'existe pas chez nos bénévoles.")));

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F1", index.Ids("blâme sanction").First());
    }

    [Fact]
    public async Task A_short_question_also_ranks_whole_documents_with_milder_kind_weights()
    {
        using var index = new TestIndex();
        await index.AddAsync(DisciplineFiche(), Page("benevolat", "Devenir bénévole", (null, "Nos bénévoles ne craignent aucun blâme : ils sont tous remerciés.")));

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F1", index.Ids("un blâme, c'est une sanction ?").First());
    }

    /// <summary>The fiche that treats dismissal during sick leave, and a page of the association that shares most of its words.</summary>
    private static Document[] DismissalFicheAndSickLeavePage() =>
    [
        Fiche("F2", "Le salarié malade et son employeur", (null,
            "L'employeur ne peut pas licencier un salarié pendant son arrêt maladie de longue durée en raison de son état de santé, sauf faute grave.")),
        Page("travail-et-cancer", "Arrêt maladie de longue durée", (null,
            "Pendant un arrêt maladie de longue durée pour une maladie grave, le salarié garde son contrat : votre comité vous aide.")),
    ];

    [Fact]
    public async Task Keywords_however_many_rank_the_fiche_that_treats_them_above_a_page_sharing_most_of_them()
    {
        using var index = new TestIndex();
        await index.AddAsync(DismissalFicheAndSickLeavePage());

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F2", index.Ids("licenciement salarié arrêt maladie longue durée faute grave").First());
    }

    [Fact]
    public async Task A_past_answer_sharing_only_common_words_does_not_outrank_the_fiche_a_short_question_is_about()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Fiche("F3", "Report des congés payés", (null, "Les congés payés non pris peuvent être reportés sur l'année suivante par accord. " + Words(60, "salarié"))),
            Answer("PA-0900", "Une aide financière l'année prochaine ?", "L'année prochaine, la commission se réunit de nouveau : l'année prochaine vous pourrez refaire une demande, l'année prochaine comme cette année."));
        // « année » and « prochaine » are common words of the corpus; « congé » and « reporter » are not.
        for (var page = 1; page <= 6; page++)
            await index.AddAsync(Page($"actualite-{page}", $"Actualité {page}", (null, "Cette année et l'année prochaine, nos actions continuent près de chez vous.")));

        Assert.Equal("https://www.service-public.fr/particuliers/vosdroits/F3", index.Ids("puis-je reporter mes congés l'année prochaine ?").First());
    }

    [Fact]
    public async Task A_document_ranked_whole_shows_its_passage_that_matches_the_query()
    {
        using var index = new TestIndex();
        await index.AddAsync(Fiche("F1", "Sanctions disciplinaires au travail",
            ("Avertissement", "L'avertissement est une sanction légère. " + Words(90, "employeur")),
            ("Blâme", "Le blâme est inscrit au dossier du salarié. " + Words(90, "employeur"))));

        Assert.StartsWith("Blâme", Assert.Single(index.Search.Search(new SearchRequest("blâme dossier"))).Passage);
    }

    [Fact]
    public async Task Documents_ranked_whole_each_show_their_own_passage_that_matches_the_query()
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Fiche("F1", "Sanctions disciplinaires au travail",
                ("Avertissement", "L'avertissement est une sanction légère. " + Words(90, "employeur")),
                ("Blâme", "Le blâme est inscrit au dossier du salarié. " + Words(90, "employeur"))),
            Fiche("F2", "Dossier du salarié",
                ("Accès", "Le salarié consulte son dossier auprès de l'employeur. " + Words(90, "employeur")),
                ("Contenu", "Le dossier garde la trace d'un blâme pendant trois ans. " + Words(90, "employeur"))));

        var passages = index.Search.Search(new SearchRequest("blâme dossier")).ToDictionary(hit => hit.Id, hit => hit.Passage);

        Assert.StartsWith("Blâme", passages["https://www.service-public.fr/particuliers/vosdroits/F1"]);
        Assert.StartsWith("Contenu", passages["https://www.service-public.fr/particuliers/vosdroits/F2"]);
    }

    [Fact]
    public async Task Snippets_read_from_several_threads_at_once_are_those_read_one_by_one()
    {
        using var index = await SampleCorpusIndexAsync();
        const string query = "arrêt maladie salaire indemnités";
        var oneByOne = index.Search.Search(new SearchRequest(query, 10)).Select(hit => hit.Snippet.Text).ToList();

        for (var round = 0; round < 40; round++)
        {
            var hits = index.Search.Search(new SearchRequest(query, 10));
            var atOnce = new string[hits.Count];
            Parallel.For(0, hits.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => atOnce[i] = hits[i].Snippet.Text);
            Assert.Equal(oneByOne, atOnce);
        }
    }

    [Theory]
    [InlineData("Qui sommes-nous ?")]
    [InlineData("qui sommes nous")]
    public async Task A_query_of_stop_words_only_finds_the_page_whose_title_it_is(string query)
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Page("association/qui-sommes-nous", "Qui sommes-nous ?", (null, "L'association accompagne les personnes malades depuis 1918.")),
            Page("contact", "Contactez-nous", (null, "Écrivez-nous ou appelez le comité de votre département.")),
            Page("dons", "Faire un don", (null, "Nous vous remercions de votre soutien.")));

        var hits = index.Search.Search(new SearchRequest(query, 5));

        Assert.Equal("https://asso.example.org/association/qui-sommes-nous", Assert.Single(hits).Id);
    }

    [Fact]
    public async Task A_query_of_stop_words_only_no_longer_finds_a_page_whose_title_changed()
    {
        using var index = new TestIndex();
        await index.AddAsync(Page("association/histoire", "Qui sommes-nous ?", (null, "L'association accompagne les personnes malades depuis 1918."),
            ("Nos missions", "La recherche, la prévention et l'accompagnement.")));
        await index.AddAsync(Page("association/histoire", "Notre histoire", (null, "L'association accompagne les personnes malades depuis 1918."),
            ("Nos missions", "La recherche, la prévention et l'accompagnement.")));

        Assert.Empty(index.Search.Search(new SearchRequest("Qui sommes-nous ?", 5)));
    }

    [Fact]
    public async Task Kinds_restrict_the_results()
    {
        using var index = await SampleCorpusIndexAsync();
        var hits = index.Search.Search(new SearchRequest("perruque remboursement", 10, new HashSet<DocumentKind> { DocumentKind.Fiche }));
        Assert.All(hits, hit => Assert.Equal(DocumentKind.Fiche, hit.Kind));
    }

    [Fact]
    public async Task Question_of_only_greetings_returns_nothing()
    {
        using var index = await SampleCorpusIndexAsync();
        Assert.Empty(index.Ids("Bonjour, merci !"));
    }

    [Fact]
    public void Search_before_any_index_returns_nothing()
    {
        using var index = new TestIndex();
        Assert.Empty(index.Ids("perruque"));
    }

    private static Document Answer(string id, string question, string answer, string? supersededBy = null) => new()
    {
        Id = PastAnswerIds.DocumentId(id),
        Title = question,
        Kind = DocumentKind.Answer,
        Question = question,
        Sections = [new DocumentSection(null, answer)],
        Status = supersededBy is null ? DocumentStatus.Current : DocumentStatus.Superseded,
        SupersededBy = supersededBy is null ? null : PastAnswerIds.DocumentId(supersededBy),
    };
}
