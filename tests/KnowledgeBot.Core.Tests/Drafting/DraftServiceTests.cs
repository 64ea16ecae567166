using System.Text.RegularExpressions;
using KnowledgeBot.Core.Documents;
using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Search;
using KnowledgeBot.Core.Triage;
using static KnowledgeBot.Core.Tests.Drafting.DraftServiceFactory;

namespace KnowledgeBot.Core.Tests.Drafting;

public sealed partial class DraftServiceTests
{
    private const string OublieQuestion = "Mon banquier dit qu'il faut attendre 10 ans après la fin des traitements pour ne plus déclarer mon cancer à l'assurance du prêt, c'est vrai ?";

    private static readonly SearchHit[] Oubli =
    [
        Hit("https://asso.example.org/droits/droit-a-l-oubli", DocumentKind.Page, 60,
            "Le droit à l'oubli\nDepuis juin 2022, le délai du droit à l'oubli est de 5 ans après la fin du protocole thérapeutique, sans rechute. Passé ce délai, vous n'avez plus à déclarer votre cancer à l'assureur du prêt.",
            Now.AddMonths(-3)),
        Hit("answer:PA-0048", DocumentKind.Answer, 55,
            "Bonjour Madame, merci pour votre question. Depuis 2022, le droit à l'oubli s'applique 5 ans après la fin des traitements du cancer. Votre banquier se réfère à l'ancienne règle des 10 ans.",
            Now.AddYears(-1)),
        Hit("https://www.service-public.fr/particuliers/vosdroits/F20520", DocumentKind.Fiche, 58,
            "Assurance emprunteur\nLe droit à l'oubli permet de ne pas déclarer un cancer guéri depuis 10 ans après la fin du protocole thérapeutique.",
            new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero)),
        Hit("https://www.service-public.fr/particuliers/vosdroits/F1234", DocumentKind.Fiche, 20,
            "Carte grise\nLe certificat d'immatriculation doit être demandé en ligne.",
            new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero)),
    ];

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Twitter)]
    public void Drafts_cite_every_url_they_use_and_only_those(Channel channel)
    {
        var suggestion = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion, channel));
        foreach (var draft in suggestion.Drafts)
        {
            var urlsInText = UrlPattern().Matches(draft.Text).Select(m => m.Value).Where(u => !u.Contains("/comites/")).ToHashSet();
            var cited = draft.Sources.Where(s => s.Url is not null).Select(s => s.Url!).ToHashSet();
            Assert.Equal(cited, urlsInText);
            Assert.DoesNotContain("F1234", draft.Text);
        }
    }

    [Fact]
    public void Newer_association_page_is_preferred_to_an_old_fiche_on_the_same_point()
    {
        var best = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion)).Best;
        Assert.Contains("5 ans", best.Text);
        Assert.DoesNotContain(best.Sources, s => s.Kind == DocumentKind.Fiche);
    }

    [Fact]
    public void Past_answer_is_cited_to_the_cm_by_its_id()
    {
        var best = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion)).Best;
        Assert.Contains(best.Sources, s => s.Id == "answer:PA-0048" && s.Url is null);
    }

    [Fact]
    public void Past_answer_sentences_about_someone_else_s_place_are_not_quoted()
    {
        var answer = Hit("answer:PA-0146", DocumentKind.Answer, 60,
            "Bonjour Monsieur. La carte mobilité inclusion mention stationnement est attribuée quand la marche est réduite. La demande se fait auprès de la MDPH du Pas-de-Calais avec un certificat médical. Le comité du Pas-de-Calais peut vous aider à remplir le dossier de carte mobilité.");
        var best = Create(answer).Suggest(new IncomingMessage("Comment obtenir la carte mobilité inclusion stationnement pour ma mère qui marche mal ?")).Best;
        Assert.Contains("carte mobilité inclusion mention stationnement", best.Text);
        Assert.DoesNotContain("Pas-de-Calais", best.Text);
    }

    [Fact]
    public void Superseded_answer_never_appears()
    {
        var superseded = Hit("answer:PA-0007", DocumentKind.Answer, 90,
            "Le droit à l'oubli s'applique 10 ans après la fin des traitements, sans rechute.", Now.AddYears(-5), DocumentStatus.Superseded);
        var suggestion = Create([superseded, .. Oubli]).Suggest(new IncomingMessage(OublieQuestion));
        Assert.All(suggestion.Drafts, d => Assert.DoesNotContain(d.Sources, s => s.Id == "answer:PA-0007"));
        Assert.All(suggestion.Drafts, d => Assert.DoesNotContain("10 ans après la fin des traitements, sans rechute", d.Text));
        Assert.DoesNotContain(suggestion.Material, h => h.Id == "answer:PA-0007");
    }

    [Fact]
    public void Sources_older_than_the_configured_age_are_flagged()
    {
        var old = Hit("https://www.service-public.fr/particuliers/vosdroits/F99", DocumentKind.Fiche, 50,
            "Carte de stationnement\nLa carte mobilité inclusion mention stationnement se demande à la MDPH de votre département.", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var best = Create(old).Suggest(new IncomingMessage("Comment demander la carte mobilité inclusion stationnement à la MDPH ?")).Best;
        Assert.Contains(best.Sources, s => s.Id.EndsWith("F99") && s.IsStale);
    }

    [Theory]
    [InlineData("Bonjour, pouvez-vous m'expliquer en détail le droit à l'oubli pour l'assurance du prêt immobilier après un cancer du sein traité il y a six ans ? Mon banquier dit 10 ans, la loi a changé ? J'habite à Quimper.")]
    [InlineData("plus envie de rien depuis l'annonce, je veux juste que ça s'arrête")]
    [InlineData("Ça fait 10 jours que j'ai du sang dans les selles. Est-ce que c'est forcément un cancer ?")]
    public void Twitter_drafts_fit_280_characters(string message)
    {
        var suggestion = Create(Oubli).Suggest(new IncomingMessage(message, Channel.Twitter));
        Assert.All(suggestion.Drafts, d => Assert.True(d.Text.Length <= 280, $"{d.Text.Length} characters: {d.Text}"));
    }

    [Fact]
    public void Distress_draft_opens_with_empathy_and_gives_the_configured_helplines()
    {
        var best = Create(Oubli).Suggest(new IncomingMessage("je veux en finir, plus envie de vivre")).Best;
        Assert.Equal(TriageLabel.Distress, best.Triage);
        Assert.StartsWith("Bonjour,\n\nMerci de nous avoir écrit", best.Text);
        Assert.Contains(Helplines.ListeningLine, best.Text);
        Assert.Contains(Helplines.SuicidePrevention, best.Text);
        Assert.Contains(Helplines.Emergency, best.Text);
    }

    [Fact]
    public void Phone_numbers_come_from_configuration()
    {
        var other = new HelplineOptions { ListeningLine = "05 55 55 55 55", SuicidePrevention = "3000", Emergency = "999", CancerInfo = "04 44 44 44 44" };
        var distress = Create(other, Oubli).Suggest(new IncomingMessage("jveux plus vivre")).Best.Text;
        var medical = Create(other, Oubli).Suggest(new IncomingMessage("J'ai une boule dans le sein, est-ce grave ?")).Best.Text;
        Assert.Contains("05 55 55 55 55", distress);
        Assert.DoesNotContain("0 800 940 939", distress);
        Assert.Contains("04 44 44 44 44", medical);
        Assert.DoesNotContain("0 805 123 124", medical);
    }

    [Fact]
    public void Medical_question_gets_no_advice_but_the_care_team_and_Cancer_Info()
    {
        var best = Create(Oubli).Suggest(new IncomingMessage("ma mère a 39 de fièvre et des frissons après sa chimio, on attend demain ?")).Best;
        Assert.Equal(TriageLabel.Medical, best.Triage);
        Assert.Contains("équipe", best.Text);
        Assert.Contains(Helplines.CancerInfo, best.Text);
        Assert.Empty(best.Sources);
    }

    [Fact]
    public void Located_message_names_its_committee_and_unlocated_one_asks_for_the_postal_code()
    {
        var located = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion + " J'habite à Brest."));
        Assert.Equal("29", located.Best.Committee?.Code);
        Assert.Contains("https://asso.example.org/comites/29", located.Best.Text);
        var unlocated = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion)).Best;
        Assert.Null(unlocated.Committee);
        Assert.Contains("code postal", unlocated.Text);
    }

    [Fact]
    public void Place_given_earlier_in_the_conversation_is_remembered() =>
        Assert.Equal("29", Create(Oubli).Suggest(new IncomingMessage(OublieQuestion, KnownDepartment: "29")).Best.Committee?.Code);

    [Fact]
    public void Low_confidence_draft_says_an_expert_will_answer_and_keeps_the_material_for_the_cm()
    {
        var faint = Hit("https://asso.example.org/aides/aides-financieres", DocumentKind.Page, 2, "Aides financières\nLes comités accordent des aides ponctuelles.");
        var suggestion = Create(faint).Suggest(new IncomingMessage("Quelle est la différence entre la catégorie 1 et la catégorie 2 de pension d'invalidité ?"));
        Assert.True(suggestion.IsLowConfidence);
        Assert.Contains("expert", suggestion.Best.Text);
        Assert.Empty(suggestion.Best.Sources);
        Assert.NotEmpty(suggestion.Material);
    }

    [Fact]
    public void Out_of_scope_message_names_no_committee_even_with_a_town() =>
        Assert.Null(Create(Oubli).Suggest(new IncomingMessage("je postule pour le poste de vendeuse à Lille, CV en pièce jointe")).Best.Committee);

    [Fact]
    public void Up_to_three_drafts_are_offered_best_first()
    {
        var drafts = Create(Oubli).Suggest(new IncomingMessage(OublieQuestion)).Drafts;
        Assert.InRange(drafts.Count, 2, 3);
        Assert.Equal(drafts.Count, drafts.Select(d => d.Text).Distinct().Count());
    }

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex UrlPattern();
}
