using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class OtherLabelsTests
{
    [Theory]
    [InlineData("Est-ce que je peux prendre de l'ibuprofène pendant ma chimio ?")]
    [InlineData("J'ai une grosseur sous l'aisselle depuis deux semaines, est-ce grave ?")]
    [InlineData("Mon PSA est passé de 4 à 9, qu'est-ce que ça veut dire ?")]
    [InlineData("Le curcuma peut-il remplacer ma chimiothérapie ?")]
    [InlineData("Combien de temps il me reste à vivre avec un cancer du pancréas stade 4 ?")]
    [InlineData("ma mère a 39 de fièvre et des frissons après sa chimio, on attend demain ?")]
    [InlineData("J'ai 38,5 ce soir, deuxième cure de chimio, j'appelle qui ?")]
    [InlineData("Depuis ma chimio j'ai des nausées terribles, est-ce normal ? Et mon employeur doit-il le savoir ?")]
    public void A_question_or_decision_about_a_medical_object_is_medical(string message) =>
        Assert.Equal(TriageLabel.Medical, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Est-ce que je peux travailler pendant ma radiothérapie ?")]
    [InlineData("La sécu rembourse-t-elle la perruque pendant la chimio ?")]
    [InlineData("Mon banquier dit qu'il faut attendre 10 ans après la fin des traitements pour ne plus déclarer mon cancer, c'est vrai ?")]
    [InlineData("Mon fils a une leucémie, sa chimio reprend en septembre : le collège peut-il l'accueillir à la cantine ?")]
    [InlineData("J'ai 38 ans, opérée l'an dernier d'un cancer de la thyroïde : l'assurance du prêt demande un questionnaire de santé.")]
    public void A_practical_question_that_mentions_a_treatment_is_not_medical(string message) =>
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Vous êtes des escrocs, où va l'argent de nos dons ?")]
    [InlineData("Bravo pour votre réactivité, trois semaines sans réponse à mon mail.")]
    [InlineData("Plus jamais un centime de ma part, votre association est une honte.")]
    public void Anger_at_the_association_is_hostile(string message) =>
        Assert.Equal(TriageLabel.Hostile, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Comment devenir bénévole dans votre association ?")]
    [InlineData("Votre comité organise-t-il encore la marche d'octobre ?")]
    public void A_plain_question_to_the_association_is_not_hostile(string message) =>
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify(message).Label);

    [Fact]
    public void Anger_at_a_bank_is_not_hostile() =>
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify("Ma banque refuse mon prêt, c'est scandaleux, existe-t-il un recours ?").Label);

    [Theory]
    [InlineData("Achetez des bitcoins avec notre plateforme, rendement garanti !")]
    [InlineData("Bonjour, mon colis Colissimo n'est toujours pas arrivé, que faire ?")]
    public void Unrelated_requests_are_out_of_scope(string message) =>
        Assert.Equal(TriageLabel.OutOfScope, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Le vétérinaire a trouvé une tumeur à mon chien, quel traitement choisir ?")]
    [InlineData("Mon lapin a une boule sous le ventre, le véto veut l'opérer, c'est risqué ?")]
    [InlineData("Horoscope du jour : Cancer, une belle rencontre vous attend.")]
    public void Animals_health_and_the_zodiac_sign_are_out_of_scope_however_medical_they_sound(string message) =>
        Assert.Equal(TriageLabel.OutOfScope, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Je suis éleveur de vaches. On m'a trouvé un cancer, qui s'occupera du troupeau pendant mon arrêt ?")]
    [InlineData("Depuis ma chimio je ne peux plus promener mon chien, existe-t-il une aide à domicile ?")]
    [InlineData("Quelle est la balance bénéfice-risque de l'hormonothérapie pour mon cancer, le lion de la famille c'est moi.")]
    public void A_patient_who_speaks_of_animals_or_signs_stays_in_scope(string message) =>
        Assert.NotEqual(TriageLabel.OutOfScope, ShippedRules.Classify(message).Label);

    [Fact]
    public void A_donation_in_bitcoin_is_in_scope() =>
        Assert.NotEqual(TriageLabel.OutOfScope, ShippedRules.Classify("Acceptez-vous les dons en bitcoin pour la recherche ?").Label);

    [Fact]
    public void Distress_takes_precedence_over_hostility_and_medical_questions()
    {
        var result = ShippedRules.Classify("Vous êtes des incompétents, j'ai 39 de fièvre et de toute façon j'ai gardé mes cachets pour en finir.");
        Assert.Equal(TriageLabel.Distress, result.Label);
        Assert.Equal(DistressLevel.Danger, result.Level);
    }
}
