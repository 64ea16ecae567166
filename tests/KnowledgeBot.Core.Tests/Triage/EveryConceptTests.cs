using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

/// <summary>Every concept of the shipped rules, each in a message of its own written for the test.</summary>
public sealed class EveryConceptTests
{
    [Theory]
    [InlineData("Adieu à tous, vous avez été formidables.", "adieu")]
    [InlineData("Je me sens sereine depuis que j'ai pris ma décision.", "calme-apres-decision")]
    [InlineData("J'ai des idées suicidaires depuis la rechute.", "pensees-suicidaires")]
    [InlineData("J'ai peur de faire une bêtise ce week-end.", "se-tuer")]
    [InlineData("Je veux en finir avec tout ça.", "en-finir")]
    [InlineData("Rassurez-vous, je ne ferai pas de bêtise.", "reassurance-revelatrice")]
    [InlineData("J'ai donné mon vélo et mon ordinateur à mon neveu.", "dons-d-affaires")]
    [InlineData("Le suicide, j'y pense parfois.", "mention-suicide")]
    [InlineData("J'ai écrit une lettre pour chacun de mes petits-enfants.", "lettres-aux-proches")]
    [InlineData("Mon père est introuvable depuis hier soir.", "injoignable")]
    [InlineData("Ce serait plus simple comme ça pour tout le monde.", "issue-simple")]
    [InlineData("J'en peux plus de cette maladie.", "a-bout-de-vivre")]
    [InlineData("Votre association est une bande d'incompétents.", "insulte-a-l-association")]
    [InlineData("Fermez-la, connards.", "injure")]
    [InlineData("Où va l'argent de nos dons, franchement ?", "argent-detourne")]
    [InlineData("Je vais porter plainte contre votre association.", "menace-ou-rupture")]
    [InlineData("Bravo pour votre efficacité, vraiment.", "sarcasme")]
    [InlineData("Vous avez supprimé mon message du forum sans prévenir.", "accusation")]
    [InlineData("Votre site est une catastrophe.", "reproche-de-qualite")]
    [InlineData("Est-ce que je dois arrêter ma chimio ?", "decision-therapeutique")]
    [InlineData("J'ai une douleur au ventre depuis une semaine, est-ce grave ?", "symptome-gravite")]
    [InlineData("Quelles sont mes chances de survie avec un cancer du pancréas ?", "pronostic")]
    [InlineData("Quelle dose de paracétamol puis-je prendre ?", "dose-et-interactions")]
    [InlineData("Le curcuma soigne-t-il le cancer ?", "medecine-alternative")]
    [InlineData("J'ai 39 de fièvre depuis hier soir.", "fievre-sous-traitement")]
    [InlineData("Je prends du tamoxifène, le pamplemousse est-il dangereux ?", "question-medicale")]
    [InlineData("Investissez dans le bitcoin, rendement garanti.", "commerce-et-spam")]
    [InlineData("Mon colis Chronopost n'est pas arrivé.", "commandes-et-colis")]
    [InlineData("Je vous envoie ma candidature pour le poste de caissier.", "emploi-ailleurs")]
    [InlineData("Quelqu'un a une bonne recette de gâteau au chocolat ?", "vie-quotidienne")]
    [InlineData("Notre jument présente une grosseur à l'encolure depuis l'été.", "sante-animale")]
    [InlineData("Tu es de quel signe ? Moi Cancer, et mon frère Sagittaire.", "astrologie")]
    public void A_decisive_concept_is_recognised_on_its_own(string message, string concept) =>
        Assert.Contains(ShippedRules.Classify(message).Evidence, e => e.Concept == concept);

    [Theory]
    [InlineData("Je bois tous les soirs pour oublier et je conduis n'importe comment.", "abus-de-substances", "imprudence")]
    [InlineData("J'ai mis mes papiers en ordre et je ne vois plus personne.", "mise-en-ordre", "isolement")]
    [InlineData("Toujours pas de réponse à mes trois mails, je me désabonne.", "plainte-de-silence", "desabonnement")]
    [InlineData("Remboursez-moi immédiatement mon inscription. Bravo pour votre efficacité, vraiment.", "exigence", "sarcasme")]
    public void Signals_are_recognised_in_pairs(string message, string first, string second)
    {
        var result = ShippedRules.Classify(message);
        Assert.NotEqual(TriageLabel.Normal, result.Label);
        Assert.Contains(result.Evidence, e => e.Concept == first);
        Assert.Contains(result.Evidence, e => e.Concept == second);
    }

    [Theory]
    [InlineData("Je bois tous les soirs pour oublier.")]
    [InlineData("Toujours pas de réponse à mes trois mails.")]
    public void A_signal_alone_gives_no_label_to_the_rules(string message) =>
        Assert.Equal(TriageLabel.Normal, new TriageClassifier(ShippedRules.Rules).Classify(message).Label);
}
