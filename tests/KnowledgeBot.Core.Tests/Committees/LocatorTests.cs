using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Tests.Committees;

public sealed class LocatorTests(LocatorFixture fixture) : IClassFixture<LocatorFixture>
{
    [Theory]
    [InlineData("59000", "59")]
    [InlineData("Bonjour, code postal 13008, je cherche un groupe de parole", "13")]
    [InlineData("je suis dans le 93100 et je cherche de l'aide", "93")]
    [InlineData("J'habite au 67200.", "67")]
    [InlineData("J'habite 20600.", "2B")]
    [InlineData("cp 20000 Ajaccio", "2A")]
    [InlineData("Mon adresse : 12 rue des Lilas, 29200 Brest", "29")]
    public void Postal_code_refers_to_its_department_committee(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("97110", "971")]
    [InlineData("97200", "972")]
    [InlineData("97300", "973")]
    [InlineData("97400", "974")]
    [InlineData("97600", "976")]
    [InlineData("98714", "987")]
    [InlineData("98800", "988")]
    public void Overseas_postal_code_refers_to_the_overseas_committee(string code, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor($"J'habite au {code}, vous avez un comité ?"));

    [Theory]
    [InlineData("97500")]
    [InlineData("97133")]
    [InlineData("97150")]
    [InlineData("98600")]
    public void Collectivity_without_committee_gets_the_nearest_one_and_says_so(string code)
    {
        var location = fixture.Locator.Locate($"J'habite au {code}");
        Assert.NotNull(location);
        Assert.True(location.Committee.IsNearestOnly);
        Assert.NotEqual(location.Department, location.Committee.Code);
    }

    [Fact]
    public void Saint_Barthelemy_and_Saint_Martin_are_referred_to_Guadeloupe()
    {
        Assert.Equal("971", fixture.CommitteeFor("j'habite à Saint-Barthélemy"));
        Assert.Equal("971", fixture.CommitteeFor("on vit à Saint-Martin aux Antilles"));
    }

    [Fact]
    public void Wallis_et_Futuna_is_referred_to_New_Caledonia_the_nearest_committee() =>
        Assert.Equal("988", fixture.CommitteeFor("Nous vivons à Wallis-et-Futuna"));

    [Theory]
    [InlineData("75015", "75")]
    [InlineData("J'habite Paris 15e", "75")]
    [InlineData("j'habite dans le 8e à Marseille", "13")]
    [InlineData("13008", "13")]
    [InlineData("Lyon 3e arrondissement", "69")]
    [InlineData("69003", "69")]
    public void Paris_Lyon_and_Marseille_arrondissements_belong_to_their_city_department(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("j'habite à Brest", "29")]
    [InlineData("mon père habite sur Quimper", "29")]
    [InlineData("près de Clermont-Ferrand", "63")]
    [InlineData("jsuis arrivee au Tampon l'an dernier", "974")]
    [InlineData("j'habite a besancon", "25")]
    [InlineData("je vis à ANGOULÊME", "16")]
    [InlineData("on habite a coté de Lorient", "56")]
    [InlineData("comité le plus proche de Porto Vecchio ?", "2A")]
    [InlineData("mon banquier a st etienne me dit", "42")]
    [InlineData("j'habite aux Sables-d'Olonne", "85")]
    [InlineData("je suis à La Rochelle", "17")]
    [InlineData("habite sur Brive, traité à Limoges", "19")]
    public void Commune_name_is_found_with_or_without_accents_hyphens_and_capitals(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Bonjour, je viens de Niort, avez-vous un groupe de parole ?", "79")]
    [InlineData("je suis de Millau et je voudrais être bénévole", "12")]
    [InlineData("Nous sommes des Mureaux, pouvez-vous nous aider ?", "78")]
    [InlineData("Je suis suivi à l'hôpital de Lisieux, que proposez-vous ?", "14")]
    [InlineData("Un papa de Dunkerque cherche un soutien pour sa fille", "59")]
    [InlineData("Merci pour tout. Bernard (de Saumur)", "49")]
    [InlineData("Habitante d'Auxerre, je cherche un atelier de marche", "89")]
    public void Town_after_de_is_a_place_when_written_as_a_proper_name(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Je suis suivie au centre hospitalier de Grasse", "06")]
    [InlineData("l'antenne de Valenciennes est-elle ouverte ?", "59")]
    [InlineData("Bonjour, une patiente de Beauvais vous écrit", "60")]
    [InlineData("Merci pour l'atelier. Sophie (de Blois)", "41")]
    public void Big_town_after_de_is_a_place_even_when_its_name_is_a_common_word_or_a_surname(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Fact]
    public void Bare_common_word_is_not_a_big_town() =>
        Assert.Null(fixture.CommitteeFor("mon forfait Orange ne marche plus"));

    [Fact]
    public void Du_and_des_carry_the_article_of_the_town_name()
    {
        Assert.Equal("71", fixture.CommitteeFor("je suis du Creusot"));
        Assert.Equal("78", fixture.CommitteeFor("on vient des Mureaux"));
    }

    [Theory]
    [InlineData("Merci de votre aide, de plus je voudrais savoir comment donner")]
    [InlineData("Je vous écris de la part de Marie, ma voisine")]
    [InlineData("je parle de sens unique et de vue d'ensemble")]
    public void Words_after_de_that_are_not_proper_place_names_are_not_places(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("j'habite à Rueil, y a-t-il un groupe de parole ?", "92")]
    [InlineData("Je suis de Villefranche et je cherche une perruque", "69")]
    [InlineData("on vit près de Six-Fours", "83")]
    [InlineData("nous sommes à Aulnay depuis peu", "93")]
    [InlineData("je suis à la Seyne", "83")]
    public void Town_is_found_by_the_short_name_people_use(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Fact]
    public void Short_name_of_a_big_town_wins_over_a_village_of_that_name() =>
        // Aix, a village of Corrèze, is far smaller than Aix-en-Provence.
        Assert.Equal("13", fixture.CommitteeFor("j'habite à Aix"));

    [Theory]
    [InlineData("on a randonné au pied du Mont Blanc")]
    [InlineData("je suis allée voir l'expo au Grand Palais")]
    public void Short_name_followed_by_another_proper_name_is_not_the_town(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Brive-la-Gaillarde", new[] { "brive" })]
    [InlineData("Saint-Dié-des-Vosges", new[] { "saint die" })]
    [InlineData("Charleville-Mézières", new[] { "charleville" })]
    [InlineData("Le Touquet-Paris-Plage", new[] { "le touquet" })]
    [InlineData("Château-Gontier-sur-Mayenne", new[] { "chateau gontier", "chateau" })]
    [InlineData("Entre-Deux", new string[0])]
    [InlineData("Saint-Malo", new string[0])]
    [InlineData("Rennes", new string[0])]
    public void Short_names_are_the_words_before_the_first_link_word_or_the_first_word(string name, string[] shortNames) =>
        Assert.Equal(shortNames, ShortTownNames.Of(TextFolding.Key(name)));

    [Fact]
    public void Homonyms_go_to_the_most_populous_commune()
    {
        // Saint-Denis: La Réunion (974) is more populous than Seine-Saint-Denis' (93).
        Assert.Equal("974", fixture.CommitteeFor("j'habite à Saint-Denis"));
        // Valence: Drôme (26) rather than Tarn-et-Garonne or Gers.
        Assert.Equal("26", fixture.CommitteeFor("je vis à Valence"));
    }

    [Theory]
    [InlineData("J'habite à Marly, en Moselle.", "57")]
    [InlineData("je vis à Merville dans la Haute-Garonne", "31")]
    [InlineData("Bonjour, nous sommes à Sainte-Rose, à la Réunion", "974")]
    [InlineData("Saint-Gilles (35), je cherche un groupe de parole", "35")]
    [InlineData("j'habite Bassens 73000", "73")]
    [InlineData("on habite au Beaumont, heu, à Beaumont en Haute-Savoie", "74")]
    public void Department_named_in_the_message_settles_which_town_of_that_name_is_meant(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Fact]
    public void Town_named_like_a_department_is_the_town_when_its_own_department_is_named() =>
        // Indre is a department (36) and a town of Loire-Atlantique.
        Assert.Equal("44", fixture.CommitteeFor("J'habite à Indre, en Loire-Atlantique"));

    [Theory]
    [InlineData("J'habite à Sens", "89")]
    [InlineData("je vis a sens depuis 20 ans", "89")]
    [InlineData("près de Vue", "44")]
    public void Commune_named_like_a_common_word_is_found_in_a_place_context(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Je ne vois pas le sens de tout ça, ma vue baisse")]
    [InlineData("Il me faut plus d'aide, merci à Marie pour son soutien")]
    [InlineData("je suis à bout, je n'en peux plus")]
    [InlineData("Bonjour, je cours le marathon de paris pour ma soeur")]
    [InlineData("j'habite à la campagne, loin de tout")]
    [InlineData("on vit à la montagne")]
    [InlineData("je suis à l'hôpital depuis hier")]
    [InlineData("on mange sur place")]
    [InlineData("en somme, je voudrais savoir comment faire un don")]
    [InlineData("J'ai déménagé entre temps, comment avoir mon reçu fiscal ?")]
    public void Common_words_are_not_places(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Nous sommes dans l'Aveyron, loin des grands centres", "12")]
    [InlineData("on est en haute savoie", "74")]
    [InlineData("j'habite en Seine-Saint-Denis", "93")]
    [InlineData("Je suis en Corse-du-Sud", "2A")]
    [InlineData("J'habite dans le 59.", "59")]
    [InlineData("on est dans le 13", "13")]
    [InlineData("je suis du 2B", "2B")]
    [InlineData("J'habite à la Réunion", "974")]
    [InlineData("je vis en Guadeloupe", "971")]
    [InlineData("Bonjour de Tahiti, vous êtes présents ?", "987")]
    [InlineData("je vis en Nouvelle-Calédonie", "988")]
    [InlineData("dans le Finistère", "29")]
    [InlineData("j'habite dans le Nord", "59")]
    [InlineData("nous sommes dans le cantal", "15")]
    [InlineData("on est en gironde", "33")]
    public void Department_number_or_name_refers_to_its_committee(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("nous vivons dans le département Aveyron", "12")]
    [InlineData("Département : dordogne. Quels sont vos ateliers ?", "24")]
    [InlineData("je suis dans le département de la Sarthe", "72")]
    [InlineData("on habite dans le FINISTÈRE", "29")]
    [InlineData("Je suis du Tarn, que proposez-vous ?", "81")]
    [InlineData("j'habite à Yvetot en seine-maritime", "76")]
    [InlineData("on est ds le 13", "13")]
    [InlineData("moi je suis dans le 1-3", "13")]
    [InlineData("ici la Guadeloupe, vous avez un comité ?", "971")]
    public void Department_is_found_after_departement_in_any_case_and_in_text_message_spelling(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("nantes ici, qui peut m'aider pour un dossier MDPH ?", "44")]
    [InlineData("Grenoble. Besoin d'aide pour un transport", "38")]
    [InlineData("[pontarlier] bonjour, avez-vous des perruques ?", "25")]
    [InlineData("ROUBAIX : je cherche un groupe de parole", "59")]
    [InlineData("on est à grasse depuis peu", "06")]
    [InlineData("je suis de tours et je voudrais aider", "37")]
    [InlineData("Combien de temps pour le capital décès ? On a deux enfants. Limoges", "87")]
    [InlineData("Merci beaucoup,\nLaetitia, Metz", "57")]
    public void Town_alone_at_the_start_or_the_end_before_ici_or_a_big_town_in_lower_case_is_a_place(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Marie : je voulais vous remercier pour l'atelier")]
    [InlineData("Question : combien coûte une perruque ?")]
    [InlineData("je suis dans le sens de la marche")]
    [InlineData("Merci pour votre réponse, à bientôt. Marie")]
    public void First_name_or_common_word_opening_a_message_is_not_a_place(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Bonjour, mon mari a un cancer du poumon, que faire ?")]
    [InlineData("J'ai 56 ans et je donne 150 000 € à l'association en 2024")]
    [InlineData("Appelez-moi au 06 12 34 56 78 ou au 0612345678")]
    [InlineData("Mon colis numéro XR12345FR n'est pas arrivé")]
    [InlineData("J'ai reçu une facture de 12500 euros le 15 mars")]
    [InlineData("dossier n° 59123 toujours en attente")]
    [InlineData("J'ai fait 30 séances de rayons du 13 au 20 mai")]
    [InlineData("appelez le 15 en cas d'urgence")]
    public void Message_without_a_place_names_no_committee(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("J'habite en Bretagne")]
    [InlineData("on vit en Île-de-France")]
    [InlineData("je suis en Corse")]
    [InlineData("nous partons en Espagne en août")]
    [InlineData("J'habite en Belgique, à Bruxelles")]
    [InlineData("je vis au Canada")]
    public void Region_or_foreign_country_alone_names_no_committee(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Bonjour, j'habite à Mons, en Belgique, puis-je donner ?")]
    [InlineData("je vis à Cologne en Allemagne depuis 10 ans")]
    [InlineData("Nous sommes à Sion en Suisse, avez-vous de la documentation ?")]
    public void Town_followed_by_a_foreign_country_is_abroad(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Fact]
    public void Town_followed_by_its_french_region_stays_in_france() =>
        Assert.Equal("29", fixture.CommitteeFor("j'habite à Morlaix, en Bretagne"));

    [Theory]
    [InlineData("ma voisine Lourdes m'a parlé de vous")]
    [InlineData("Ma fille Lourdes est en chimio, que faire ?")]
    [InlineData("Bonsoir, c'est Lourdes, on s'est parlé hier")]
    [InlineData("Merci à Avril et à toute l'équipe pour hier")]
    public void Name_after_a_word_for_a_person_or_thanks_is_a_person(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Theory]
    [InlineData("Ma séance est le 13/05 à 10h, puis-je venir avec mon fils ?")]
    [InlineData("rdv le 06/11, faut-il apporter l'ordonnance ?")]
    public void Date_written_with_a_slash_is_not_a_department(string message) =>
        Assert.Null(fixture.CommitteeFor(message));

    [Fact]
    public void Postal_code_next_to_a_town_name_settles_the_homonym() =>
        Assert.Equal("93", fixture.CommitteeFor("Bonjour j'habite à Saint-Denis (93200), quel est mon comité ?"));

    [Fact]
    public void Department_name_is_not_read_as_the_department_inside_it() =>
        Assert.Equal("54", fixture.CommitteeFor("Le comité de Meurthe-et-Moselle est-il ouvert ?"));

    [Fact]
    public void Where_the_person_lives_wins_over_where_they_are_treated() =>
        Assert.Equal("19", fixture.CommitteeFor("Je suis soigné à Limoges mais j'habite à Brive-la-Gaillarde"));

    [Theory]
    [InlineData("Ma fille habite à Nantes, mais moi j'habite à Laon.", "02")]
    [InlineData("J'habitais à Lille, maintenant nous vivons à Arras.", "62")]
    [InlineData("Opéré à Bordeaux, je suis revenu chez moi à Agen.", "47")]
    [InlineData("J'ai vécu à Metz puis je me suis installée à Épinal.", "88")]
    public void Where_the_writer_lives_now_wins_over_a_former_home_or_a_relatives_home(string message, string committee) =>
        Assert.Equal(committee, fixture.CommitteeFor(message));
}
