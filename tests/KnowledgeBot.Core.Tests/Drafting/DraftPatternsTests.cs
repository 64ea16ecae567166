using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Triage;
using static KnowledgeBot.Core.Tests.Drafting.DraftServiceFactory;

namespace KnowledgeBot.Core.Tests.Drafting;

/// <summary>The failures a demanding CM found in drafts, each as a case that must not come back.</summary>
public sealed class DraftPatternsTests
{
    private const string CaregiverLeave =
        "Le congé de proche aidant permet de suspendre son travail pour accompagner un proche gravement malade. " +
        "Il dure trois mois au plus, renouvelable, dans la limite d'un an sur toute la carrière. " +
        "La demande se fait auprès de l'employeur par lettre recommandée, un mois avant le début du congé.";

    [Fact]
    public void A_sentence_leaning_on_the_one_before_is_never_quoted_without_it()
    {
        var sentences = SentenceExtractor.Best(CaregiverLeave, "Combien de temps dure le congé de proche aidant ?", 1, _ => true);

        var sentence = Assert.Single(sentences);
        Assert.DoesNotContain("Il dure", sentence);
        var two = SentenceExtractor.Best(CaregiverLeave, "Combien de temps dure le congé de proche aidant ?", 2, _ => true);
        Assert.Equal(2, two.Count);
        Assert.StartsWith("Le congé de proche aidant permet", two[0]);
        Assert.StartsWith("Il dure trois mois", two[1]);
    }

    [Theory]
    [InlineData("Il faut le demander à l'employeur un mois avant le début du congé.", false)]
    [InlineData("Il dure trois mois au plus.", true)]
    [InlineData("Ce n'est pas automatique.", true)]
    [InlineData("Et oui, le temps partiel est possible.", true)]
    [InlineData("Cette aide est versée par la CAF.", true)]
    [InlineData("La CAF verse cette aide chaque mois.", true)]
    [InlineData("Si vos dons dépassaient ce plafond, l'excédent est reporté.", true)]
    [InlineData("Ce que la CPAM rembourse dépend du tarif de la prothèse.", false)]
    [InlineData("La CAF verse l'allocation chaque mois.", false)]
    [InlineData("Vous pouvez aussi la demander vous-même, avec l'appui de votre médecin.", true)]
    [InlineData("Vous pouvez demander la carte à la MDPH.", false)]
    public void Sentences_that_point_back_are_recognised(string sentence, bool leans) =>
        Assert.Equal(leans, SentenceExtractor.LeansOnPrevious(sentence));

    [Fact]
    public void A_past_answer_s_greeting_and_its_yes_or_no_go_and_the_rule_it_gave_is_quoted()
    {
        const string answer = "Bonjour Madame, oui : depuis 2022, les travailleurs indépendants peuvent reprendre à temps partiel pour motif thérapeutique. Bon courage.";

        var sentence = Assert.Single(SentenceExtractor.Best(answer, "Un artisan a-t-il droit au temps partiel thérapeutique ?", 1, _ => true));

        Assert.Equal("Depuis 2022, les travailleurs indépendants peuvent reprendre à temps partiel pour motif thérapeutique.", sentence);
    }

    [Fact]
    public void A_yes_or_no_answered_to_someone_else_goes_inside_a_quoted_run_too()
    {
        const string answer = "Bonjour, la demande se fait auprès de la MDPH de votre département. Et non, votre employeur n'en est pas informé automatiquement.";

        var sentences = SentenceExtractor.Best(answer, "Où faire la demande de RQTH, et mon employeur en est-il informé ?", 2, _ => true);

        Assert.Equal(["La demande se fait auprès de la MDPH de votre département.", "Votre employeur n'en est pas informé automatiquement."], sentences);
    }

    [Fact]
    public void A_question_for_a_duration_prefers_the_sentence_with_the_duration()
    {
        var passage = "Le congé de proche aidant se demande à l'employeur du salarié par lettre recommandée ou remise en main propre. " +
                      "Le congé de proche aidant est de trois mois au plus, soit 90 jours.";

        var sentence = Assert.Single(SentenceExtractor.Best(passage, "Le congé de proche aidant, il dure combien de temps ?", 1, _ => true));

        Assert.Contains("90 jours", sentence);
    }

    [Fact]
    public void A_short_question_for_an_amount_is_answered_by_the_sentence_giving_it_though_it_shares_one_word()
    {
        var answer = "La cotisation des membres s'élève à 20 € par an. " +
                     "Nos comités organisent des actions dans chaque département.";

        Assert.Contains("20 €", Assert.Single(SentenceExtractor.Best(answer, "la cotisation, c'est combien ?", 1, _ => true)));
        // Without an amount asked for, one shared word is still too little to quote a sentence.
        Assert.Empty(SentenceExtractor.Best(answer, "la cotisation, c'est utile ?", 1, _ => true));
    }

    [Fact]
    public void A_duration_in_a_sentence_sharing_one_word_does_not_answer_a_question_for_a_duration()
    {
        // « Within 48 hours » once answered every « how long » question about sick leave, a widower's among them.
        var passage = "Envoyez votre arrêt de travail à votre employeur dans les 48 heures.";

        Assert.Empty(SentenceExtractor.Best(passage, "combien de temps dure le congé de deuil pour mon employeur ?", 1, _ => true));
    }

    [Fact]
    public void A_message_with_several_questions_is_read_as_several_with_the_answer_each_wants()
    {
        var questions = MessageQuestions.Of("Bonjour, ma mère est malade. Combien de temps dure le congé de proche aidant ? Et comment le demander à mon employeur ? Merci.");

        Assert.Equal([AnswerKind.Duration, AnswerKind.Procedure], questions.Select(q => q.Kind));
        Assert.Equal(AnswerKind.Amount, Assert.Single(MessageQuestions.Of("je voudrais savoir combien rembourse la sécu pour une perruque")).Kind);
    }

    [Fact]
    public void A_past_answer_s_details_about_its_own_asker_are_not_given_to_someone_else()
    {
        var answer = Hit("answer:PA-0900", DocumentKind.Answer, 60,
            "La convention AERAS limite les surprimes d'assurance emprunteur pour les personnes qui ont eu un cancer. " +
            "Ici 160 000 € chacun, et vous aurez 56 ans à la fin du prêt. " +
            "Le droit à l'oubli s'applique cinq ans après la fin du protocole thérapeutique, sans rechute, et votre leucémie n'a plus à être déclarée. " +
            "Le questionnaire de santé est supprimé pour les prêts immobiliers de moins de 200 000 € par personne remboursés avant 60 ans.");

        var best = Create(answer).Suggest(new IncomingMessage(
            "Bonjour, nous achetons un appartement à 180 000 €, j'ai été soignée pour un cancer du sein il y a six ans. La banque peut-elle me demander un questionnaire de santé et une surprime avec la convention AERAS ?")).Best;

        Assert.Contains("AERAS limite les surprimes", best.Text);
        Assert.DoesNotContain("56 ans", best.Text);
        Assert.DoesNotContain("160 000", best.Text);
        Assert.DoesNotContain("leucémie", best.Text);
        Assert.True(PersonalDetails.AboutSomeoneElse("Ce que votre mari souhaite rédiger compte.", "J'ai rédigé mes directives anticipées."));
        Assert.False(PersonalDetails.AboutSomeoneElse("Le dépistage concerne les femmes de 50 à 74 ans.", "À quel âge se fait le dépistage ?"));
        Assert.True(PersonalDetails.AboutSomeoneElse("Votre oncologue a raison : la reprise peut attendre.", "Quand reprendre le travail ?"));
        Assert.True(PersonalDetails.AboutSomeoneElse("Pas d'inquiétude, il est facile de le récupérer.", "Vais-je recevoir un reçu fiscal ?"));
    }

    [Fact]
    public void What_two_sources_say_alike_is_said_once()
    {
        const string same = "Le congé de proche aidant est indemnisé par l'allocation journalière du proche aidant (AJPA), versée par la CAF.";
        var answer = Hit("answer:PA-0901", DocumentKind.Answer, 60, same + " La demande se fait en ligne sur le site de la CAF avec une attestation de l'employeur.");
        var page = Hit("https://asso.example.org/proches/conge-proche-aidant", DocumentKind.Page, 55, same + " Son montant journalier est fixé chaque année.");

        var best = Create(answer, page).Suggest(new IncomingMessage("Est-ce que le congé de proche aidant est indemnisé par la CAF ? Comment faire la demande d'AJPA ?")).Best;

        Assert.Equal(1, CountOf(best.Text, "allocation journalière du proche aidant"));
    }

    [Fact]
    public void Only_hair_loss_gets_the_hair_loss_opening()
    {
        var page = Hit("https://asso.example.org/aides", DocumentKind.Page, 40, "Plusieurs aides existent selon votre situation : renseignez-vous auprès de votre comité et de la CAF pour constituer le dossier.");
        string Opening(string message) => Create(page).Suggest(new IncomingMessage(message)).Best.Text.Split("\n\n")[1];

        Assert.Contains("chute des cheveux", Opening("Ma prothèse capillaire est-elle remboursée ?"));
        Assert.DoesNotContain("cheveux", Opening("Où trouver une prothèse mammaire externe après ma mastectomie, et est-elle remboursée ?"));
    }

    [Theory]
    [InlineData("Mon mari est décédé en mars. Comment demander la pension de réversion ?", "condoléances")]
    [InlineData("Je voudrais faire un don en ligne, est-ce que je recevrai un reçu fiscal ?", "générosité")]
    [InlineData("J'aimerais devenir bénévole dans votre comité, comment faire ?", "vous engager")]
    [InlineData("Ma mère a un cancer du poumon, quelles aides pour la garder à la maison ?", "proche malade")]
    [InlineData("Je voudrais léguer ma maison à votre association après mon décès, faut-il passer par un notaire ?", "générosité")]
    [InlineData("Notre club de foot organise un tournoi au profit de la Ligue, comment vous reverser les fonds ?", "vous engager")]
    [InlineData("Comment se faire rembourser le taxi pour aller à mes séances à l'hôpital ?", "trajets")]
    public void The_opening_fits_who_writes(string message, string expected)
    {
        var page = Hit("https://asso.example.org/aides", DocumentKind.Page, 40, "Plusieurs aides existent selon votre situation : renseignez-vous auprès de votre comité et de la CAF pour constituer le dossier.");
        var opening = Create(page).Suggest(new IncomingMessage(message)).Best.Text.Split("\n\n")[1];
        Assert.Contains(expected, opening);
    }

    [Fact]
    public void A_medical_question_with_a_general_side_gets_the_caveat_then_the_vetted_information()
    {
        var page = Hit("https://asso.example.org/prevention/depistage-cancer-du-col-de-l-uterus", DocumentKind.Page, 50,
            "À partir de 30 ans et jusqu'à 65 ans, le dépistage du cancer du col de l'utérus recherche les papillomavirus (test HPV), tous les 5 ans si le test est négatif.");

        var best = Create(page).Suggest(new IncomingMessage("Ma gynéco m'a fait un test HPV et dit à dans 5 ans, est-ce dangereux d'attendre aussi longtemps pour le dépistage du col de l'utérus ?")).Best;

        Assert.Equal(TriageLabel.Medical, best.Triage);
        Assert.Contains("Cancer Info", best.Text);
        Assert.Contains("tous les 5 ans si le test est négatif", best.Text);
        Assert.True(best.Text.IndexOf("Cancer Info", StringComparison.Ordinal) < best.Text.IndexOf("tous les 5 ans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reply_not_yet_validated_is_no_source_and_the_draft_says_an_expert_will_answer()
    {
        var pending = Hit("answer:CM-000007", DocumentKind.Answer, 60, "Oui, votre comité vous aide pour la perruque.", status: DocumentStatus.PendingValidation);

        var best = Create(pending).Suggest(new IncomingMessage("Une aide pour la perruque, c'est possible ?")).Best;

        Assert.Contains("un de nos experts", best.Text);
        Assert.Empty(best.Sources);
    }

    [Fact]
    public void A_long_story_around_a_question_is_searched_for_the_question_too()
    {
        var story = "Bonjour, je suis en arrêt maladie depuis trois mois pour un cancer du sein, mon employeur est compréhensif, "
                    + "mes collègues m'appellent souvent et la chimiothérapie se passe à peu près bien malgré la fatigue. "
                    + "Est-ce que je perds mes congés payés pendant l'arrêt ?";
        var queries = new List<string>();
        var search = new RecordingSearch(queries, q => q.Contains("arrêt maladie depuis")
            ? [Hit("https://asso.example.org/droits/travail-et-cancer", DocumentKind.Page, 40, "Travail et cancer.")]
            : [Hit("fiche:F2258", DocumentKind.Fiche, 20, "Arrêt maladie et congés payés.")]);

        var hits = QuestionFocusedSearch.Search(search, story, 10);

        Assert.Equal(["Est-ce que je perds mes congés payés pendant l'arrêt ?"], queries.Skip(1));
        Assert.Equal(["https://asso.example.org/droits/travail-et-cancer", "fiche:F2258"], hits.Select(h => h.Id));
        Assert.Equal(40, hits[1].Score, 3);
    }

    private sealed class RecordingSearch(List<string> queries, Func<string, IReadOnlyList<Core.Search.SearchHit>> answer) : Core.Search.IKnowledgeSearch
    {
        public IReadOnlyList<Core.Search.SearchHit> Search(Core.Search.SearchRequest request)
        {
            queries.Add(request.Query);
            return answer(request.Query);
        }
    }

    [Fact]
    public void An_unsure_draft_gives_what_the_sources_say_with_the_promise_that_an_expert_checks_it()
    {
        var faint = Hit("https://asso.example.org/droits/invalidite", DocumentKind.Page, 3,
            "La pension d'invalidité de catégorie 2 concerne les personnes qui ne peuvent plus exercer aucune activité professionnelle.");

        var suggestion = Create(faint).Suggest(new IncomingMessage("Ma sœur est en arrêt depuis deux ans et son médecin en parle. La pension d'invalidité de catégorie 2, elle concerne qui ?"));

        Assert.True(suggestion.IsLowConfidence);
        Assert.Contains("un de nos experts va vérifier", suggestion.Best.Text);
        Assert.Contains("ne peuvent plus exercer aucune activité", suggestion.Best.Text);
        Assert.Contains(suggestion.Drafts, d => d.Sources.Count == 0 && d.Text.Contains("un de nos experts va l'étudier"));
    }

    [Fact]
    public void Unsure_material_that_does_not_speak_of_what_is_asked_is_not_quoted()
    {
        var invalidity = Hit("https://asso.example.org/droits/invalidite-et-handicap", DocumentKind.Page, 3,
            "La pension d'invalidité se demande à la CPAM avec l'appui de votre médecin traitant.", title: "Invalidité et handicap");

        var best = Create(invalidity).Suggest(new IncomingMessage("Mon mari est décédé en mars, comment demander la pension de réversion ?")).Best;

        Assert.DoesNotContain("invalidité", best.Text);
        Assert.Contains("un de nos experts va l'étudier", best.Text);
    }

    [Fact]
    public void A_holding_reply_does_not_hope_that_information_it_does_not_give_will_help()
    {
        var unrelated = Hit("https://asso.example.org/droits/invalidite-et-handicap", DocumentKind.Page, 3,
            "La pension d'invalidité se demande à la CPAM avec l'appui de votre médecin traitant.", title: "Invalidité et handicap");
        var question = new IncomingMessage("Je suis suivie pour un lymphome. Est-ce que la carte de stationnement pour personne handicapée s'obtient pendant les traitements ?");

        var best = Create(unrelated).Suggest(question).Best;
        var answered = Create(Hit("https://asso.example.org/droits/carte-mobilite", DocumentKind.Page, 60,
            "La carte mobilité inclusion mention stationnement se demande à la MDPH, y compris pendant les traitements.", title: "Carte mobilité inclusion"))
            .Suggest(question).Best;

        Assert.Empty(best.Sources);
        Assert.DoesNotContain("ces informations", best.Text);
        Assert.NotEmpty(answered.Sources);
        Assert.Contains("nous espérons que ces informations vous aideront", answered.Text);
    }

    [Fact]
    public void A_fiche_that_ranks_first_is_quoted_unless_a_newer_page_says_as_much_of_what_is_asked()
    {
        var fiche = Hit("https://www.service-public.fr/particuliers/vosdroits/F3005", DocumentKind.Fiche, 20,
            "Le capital décès est versé par la CPAM aux proches du salarié décédé. Les bénéficiaires prioritaires doivent le demander dans le mois qui suit le décès.",
            modified: Now.AddYears(-6), title: "Capital décès versé pour le décès d'un salarié du secteur privé");
        var workPage = Hit("https://asso.example.org/droits/travail-et-cancer", DocumentKind.Page, 15,
            "Le salarié en arrêt maladie perçoit des indemnités journalières de la CPAM.", title: "Travail et cancer");
        var question = new IncomingMessage("Mon mari salarié est décédé après un an d'arrêt maladie. Ai-je droit au capital décès, et avant quelle date faut-il le demander ?");

        var withFiche = Create(fiche, workPage).Suggest(question).Best;
        var newerPage = Hit("https://asso.example.org/aides/deces-d-un-proche", DocumentKind.Page, 15,
            "Le capital décès se demande à la CPAM : les proches prioritaires du salarié décédé ont un mois après le décès pour le demander.", title: "Le décès d'un proche");
        var withNewerPage = Create(fiche, newerPage).Suggest(question).Best;

        Assert.Contains(withFiche.Sources, s => s.Id == fiche.Id);
        Assert.Contains("dans le mois qui suit le décès", withFiche.Text);
        Assert.DoesNotContain(withNewerPage.Sources, s => s.Id == fiche.Id);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
