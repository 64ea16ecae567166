using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

/// <summary>Negation, idioms, recovery and third parties: what changes the reading of a sign, and what never does.</summary>
public sealed class TriageNuanceTests
{
    [Theory]
    [InlineData("Ce traitement me tue, mais le comité m'a beaucoup aidée, merci !")]
    [InlineData("Mort de rire votre vidéo sur la course, on s'inscrit quand ?")]
    [InlineData("J'en peux plus de ces papiers MDPH, pouvez-vous m'aider à remplir le dossier ?")]
    [InlineData("Je vais finir ma chimio en mars, quand puis-je reprendre le travail ?")]
    [InlineData("j'ai hâte d'en finir avec les rayons")]
    [InlineData("Mon dossier MDPH traîne depuis 7 mois : auriez-vous des conseils pour accélérer les choses ?")]
    [InlineData("Je prépare un dépliant sur la prévention du suicide, le 3114 est-il gratuit ?")]
    [InlineData("Comment souscrire une assurance décès quand on a eu un cancer ?")]
    [InlineData("J'aimerais rejoindre les bénévoles de votre comité, comment faire ?")]
    [InlineData("J'ai hâte de retrouver mes amis après la chimio !")]
    [InlineData("Mon père est en fin de vie, je voudrais être avec lui : ai-je droit au congé de solidarité familiale ?")]
    [InlineData("Ils veulent me licencier définitivement après mon arrêt, est-ce légal ?")]
    [InlineData("J'ai bu le produit de contraste avant le scanner, j'ai eu très chaud : est-ce normal ?")]
    [InlineData("On fait le pont ce week-end : le comité sera-t-il fermé lundi ?")]
    [InlineData("Ma neuropathie me fait lâcher le volant : puis-je avoir un bon de transport pour le taxi ?")]
    [InlineData("Le plein de gaz de ma voiture pour aller aux rayons est-il remboursé comme l'essence ?")]
    public void Idioms_and_practical_mentions_are_not_distress(string message) =>
        Assert.NotEqual(TriageLabel.Distress, ShippedRules.Classify(message).Label);

    [Fact]
    public void An_idiom_never_cancels_means()
    {
        var result = ShippedRules.Classify("mort de rire, de toute façon j'ai gardé tous mes cachets au cas où");
        Assert.Equal(DistressLevel.Danger, result.Level);
    }

    [Fact]
    public void A_denied_wish_to_die_is_no_distress()
    {
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify("Je ne veux pas mourir de ce cancer, je me bats, quelles aides pour la garde des enfants ?").Label);
    }

    [Theory]
    [InlineData("Je pense au suicide tous les jours mais je ne ferai rien, c'est promis.")]
    [InlineData("Rassurez-vous je ne ferai pas de bêtise, mais je ne vois plus aucun avenir.")]
    [InlineData("Je n'ai pas de plan, je n'ai pas l'intention de me tuer, mais j'y pense.")]
    public void Saying_one_will_not_act_never_lowers_below_concern(string message)
    {
        var result = ShippedRules.Classify(message);
        Assert.Equal(TriageLabel.Distress, result.Label);
        Assert.NotNull(result.Level);
    }

    [Fact]
    public void A_denied_danger_sign_still_counts_at_the_concern_level()
    {
        var result = ShippedRules.Classify("Je n'ai jamais stocké de médicaments.");
        Assert.Equal(DistressLevel.Concern, result.Level);
        Assert.Contains(result.Evidence, e => e.Negated);
    }

    [Fact]
    public void A_crisis_told_as_over_is_not_distress_but_one_told_after_the_recovery_is()
    {
        Assert.Equal(TriageLabel.Normal,
            ShippedRules.Classify("J'ai eu des idées noires l'an dernier, aujourd'hui ça va beaucoup mieux et je voudrais devenir bénévole.").Label);
        Assert.Equal(TriageLabel.Distress,
            ShippedRules.Classify("Aujourd'hui ça va mieux, disent-ils. Moi j'ai encore envie de mourir chaque matin.").Label);
    }

    [Fact]
    public void A_third_party_at_risk_now_is_danger()
    {
        var result = ShippedRules.Classify("Mon père a parlé de se suicider et il a un fusil chez lui, que faire ?");
        Assert.Equal(DistressLevel.Danger, result.Level);
    }

    [Fact]
    public void Wishing_to_join_someone_is_a_wish_to_die_only_where_someone_died()
    {
        var bereaved = ShippedRules.Classify("Mon fils est décédé en mars, je veux le rejoindre.");
        Assert.Equal(TriageLabel.Distress, bereaved.Label);
        Assert.Contains(bereaved.Evidence, e => e.Concept == "rejoindre-un-defunt");
        Assert.DoesNotContain(ShippedRules.Classify("Je vais le rejoindre à la gare demain, il rentre de vacances.").Evidence,
            e => e.Concept == "rejoindre-un-defunt");
    }
}
