using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class TriageClassifierTests
{
    private static readonly ITriageClassifier Classifier = TriageServiceCollectionExtensions.Create(KnowledgeBotHome.Resolve("corpus/triage"));

    [Theory]
    [InlineData("jveux plus vivre")]
    [InlineData("j'ai envi d'en finir")]
    [InlineData("je pense au suicde")]
    [InlineData("Je n'ai plus envie de vivre depuis l'annonce")]
    [InlineData("jen peux plus de cette maladie, je veux plus me batre")]
    [InlineData("a quoi sa sert de continuer franchement")]
    [InlineData("parfois je me dis que ce serait plus simple pour tout le monde si je ne me réveillais pas")]
    [InlineData("je pense souvent a la rejoindre")]
    [InlineData("il a mis de coté des médicaments au cas où")]
    [InlineData("plus envie de rien, je veux juste que ça s'arrête")]
    [InlineData("JE VEUX MOURIR")]
    [InlineData("je vais mettre fin à mes jours")]
    [InlineData("j'ai envie de disparaître pour toujours")]
    [InlineData("je suis un poids pour ma famille")]
    [InlineData("mon mari ne respire plus")]
    public void Distress_is_recognised_whatever_the_spelling(string message) =>
        Assert.Equal(TriageLabel.Distress, Classifier.Classify(message).Label);

    [Theory]
    [InlineData("ce traitement me tue, je suis crevée")]
    [InlineData("cette chimio me tue 😩")]
    [InlineData("ce traitement va me tuer a petit feu lol")]
    [InlineData("Je suis morte de fatigue avec les rayons")]
    [InlineData("mort de rire ton message")]
    [InlineData("c'est mort pour moi le vaccin ou je peux encore ?")]
    [InlineData("j'ai hâte d'en finir avec la chimio")]
    [InlineData("je dois finir mes séances de rayons en mai")]
    public void Near_misses_are_not_distress(string message) =>
        Assert.NotEqual(TriageLabel.Distress, Classifier.Classify(message).Label);

    [Theory]
    [InlineData("Ça fait 10 jours que j'ai du sang dans les selles. Est-ce que c'est forcément un cancer ?")]
    [InlineData("ma mere a 39 de fievre et des frissons apres sa chimio, on attend demain ?")]
    [InlineData("Est-ce que je devrais refuser l'immunothérapie et plutôt faire un régime cétogène ?")]
    [InlineData("J'ai une boule dans le sein, est-ce grave ?")]
    public void Requests_for_medical_advice_are_medical(string message) =>
        Assert.Equal(TriageLabel.Medical, Classifier.Classify(message).Label);

    [Theory]
    [InlineData("vous êtes des escrocs, je me désabonne de votre page de merde")]
    [InlineData("Vous vous engraissez avec l'argent des donateurs. Vous me dégoûtez.")]
    [InlineData("vous êtes vraiment des incompétents")]
    public void Insults_are_hostile(string message) =>
        Assert.Equal(TriageLabel.Hostile, Classifier.Classify(message).Label);

    [Theory]
    [InlineData("je postule pour le poste de vendeuse, CV en pièce jointe")]
    [InlineData("Mon colis Chronopost n'est toujours pas arrivé")]
    public void Unrelated_requests_are_out_of_scope(string message) =>
        Assert.Equal(TriageLabel.OutOfScope, Classifier.Classify(message).Label);

    [Theory]
    [InlineData("Bonjour, comment obtenir un reçu fiscal pour mon don ?")]
    [InlineData("mon cdd finit fin juin, vais-je toucher mes IJ ?")]
    [InlineData("Comment dire à mon fils de 5 ans que son papa a un cancer ?")]
    public void Ordinary_questions_are_normal(string message) =>
        Assert.Equal(TriageLabel.Normal, Classifier.Classify(message).Label);

    [Fact]
    public void Distress_takes_precedence_over_hostility_and_medical_questions() =>
        Assert.Equal(TriageLabel.Distress, Classifier.Classify("vous êtes des incompétents, j'ai 39 de fièvre et je veux en finir").Label);
}
