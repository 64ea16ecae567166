using KnowledgeBot.Core.Triage;

namespace KnowledgeBot.Core.Tests.Triage;

/// <summary>Each warning sign of the clinical picture, written as people write it, gives distress with its concept as evidence.</summary>
public sealed class DistressConceptTests
{
    [Theory]
    [InlineData("J'ai caché des somnifères dans ma table de nuit depuis des semaines, au cas où.", "moyens-reunis")]
    [InlineData("il a ressorti le fusil de son père du grenier", "moyens-reunis")]
    [InlineData("J'ai tout préparé pour ce soir, la lettre pour ma femme est sur la table.", "plan-ou-date")]
    [InlineData("Je vous souhaite à tous une belle vie, merci pour tout, adieu.", "adieux")]
    [InlineData("J'ai donné ma bague et ma montre à mes petits-enfants, je n'en aurai plus besoin.", "comportements-de-depart")]
    [InlineData("Ma mère vient d'avaler toute une boîte de somnifères et elle ne répond plus.", "danger-vital-immediat")]
    [InlineData("Il respire plus, il est tout bleu, aidez moi", "danger-vital-immediat")]
    [InlineData("Mon fils dit qu'il va se tuer, il s'est enfermé dans sa chambre avec les médicaments de sa mère.", "tiers-en-danger")]
    [InlineData("J'ai pris une bouteille de whisky et tous mes somnifères.", "danger-vital-immediat")]
    [InlineData("Je pourrais avaler tout ce qui est prescrit sur l'ordonnance d'un coup.", "danger-vital-immediat")]
    [InlineData("J'ai fait une bêtise il y a une heure, j'ai la tête qui tourne.", "danger-vital-immediat")]
    [InlineData("Merci pour tout, ce soir c'est ma dernière nuit ici.", "plan-ou-date")]
    [InlineData("Mon père a avalé du désherbant dans la grange, il a des convulsions.", "danger-vital-immediat")]
    [InlineData("Je vais boire la bouteille de javel qui est sous l'évier.", "moyens-reunis")]
    [InlineData("J'ai pris ma décision : le viaduc, dimanche.", "plan-ou-date")]
    [InlineData("Je suis sur l'autoroute et j'ai envie de lâcher le volant contre la glissière.", "moyens-reunis")]
    [InlineData("Et si je sautais du 8e, ça ferait moins mal qu'une autre chimio ?", "moyens-reunis")]
    [InlineData("Mon père a conservé des patchs de fentanyl, il dit que c'est pour après le baptême du petit.", "moyens-reunis")]
    [InlineData("Mon frère passe ses soirées dans le garage, il m'a demandé si le gaz d'échappement faisait souffrir.", "moyens-reunis")]
    public void Danger_signs_are_recognised(string message, string concept)
    {
        var result = ShippedRules.Classify(message);
        Assert.Equal(TriageLabel.Distress, result.Label);
        Assert.Equal(DistressLevel.Danger, result.Level);
        Assert.Contains(result.Evidence, e => e.Concept == concept);
    }

    [Theory]
    [InlineData("Je voudrais m'endormir et ne jamais me réveiller.", "souhait-de-mort")]
    [InlineData("Je n'ai plus vraiment envie d'être encore en vie l'an prochain, je crois.", "plus-envie-de-vivre")]
    [InlineData("Je ne suis plus qu'un fardeau pour mes enfants.", "fardeau")]
    [InlineData("À quoi bon continuer les traitements, plus rien n'a de sens.", "desespoir")]
    [InlineData("En soins palliatifs, j'aimerais choisir moi-même le moment de partir.", "fin-de-vie-hatee")]
    [InlineData("Depuis la mort de mon mari je n'ai qu'une envie, le rejoindre.", "rejoindre-un-defunt")]
    [InlineData("Je me scarifie les bras le soir pour ne plus rien sentir.", "automutilation")]
    [InlineData("Je n'ai plus envie de vivre depuis l'annonce de la récidive.", "plus-envie-de-vivre")]
    [InlineData("Mon mari répète qu'on serait mieux sans lui, comment l'aider ?", "fardeau")]
    [InlineData("je n'en peux plus", "a-bout")]
    [InlineData("Je pense souvent à me faire du mal quand les douleurs reviennent.", "automutilation")]
    [InlineData("Je me brûle les bras avec des cigarettes.", "automutilation")]
    [InlineData("J'aimerais m'effacer, que plus personne ne pense à moi.", "souhait-de-mort")]
    [InlineData("je sui un fardo pour ma famille", "fardeau")]
    [InlineData("Je me sens de trop partout depuis que je suis malade.", "fardeau")]
    [InlineData("Sans moi mes enfants auraient une vie normale.", "fardeau")]
    [InlineData("Mon mari est décédé l'an dernier, je serais tellement mieux auprès de lui.", "rejoindre-un-defunt")]
    [InlineData("En soins palliatifs, maman demande qu'on abrège.", "fin-de-vie-hatee")]
    [InlineData("Maman est en soins palliatifs et nous supplie chaque matin : laissez-moi mourir.", "fin-de-vie-hatee")]
    [InlineData("Je me dis que je mériterais de mourir.", "souhait-de-mort")]
    [InlineData("La mort peut venir, je suis prête.", "souhait-de-mort")]
    [InlineData("J'ai envie de tout lâcher, définitivement.", "souhait-de-mort")]
    [InlineData("J'espère en secret que les résultats du scanner seront mauvais.", "souhait-de-mort")]
    public void Concern_signs_are_recognised(string message, string concept)
    {
        var result = ShippedRules.Classify(message);
        Assert.Equal(TriageLabel.Distress, result.Label);
        Assert.Equal(DistressLevel.Concern, result.Level);
        Assert.Contains(result.Evidence, e => e.Concept == concept);
    }

    [Theory]
    [InlineData("jen peu plu de vivre comme sa")]
    [InlineData("jveu plu me reveiller le matin")]
    [InlineData("JE VEUX MOURIR")]
    [InlineData("j'ai envi d'en finiiir")]
    [InlineData("je pense au suicde")]
    [InlineData("a koi sa sert de continuer franchement")]
    public void Sms_spelling_and_typos_do_not_hide_distress(string message) =>
        Assert.Equal(TriageLabel.Distress, ShippedRules.Classify(message).Label);

    [Theory]
    [InlineData("Pas la peine de me rappeler, et je ne serai plus joignable à partir de lundi.", "refus-d-aide", "echeance")]
    [InlineData("Je suis sur le pont, je voulais juste parler à quelqu'un avant.", "lieu-a-risque", "dernier-contact")]
    [InlineData("Je n'aurai plus besoin de rien après dimanche, tout est prévu pour dimanche.", "preparatifs", "echeance")]
    public void Two_danger_signals_make_danger(string message, string first, string second)
    {
        var result = ShippedRules.Classify(message);
        Assert.Equal(DistressLevel.Danger, result.Level);
        Assert.Contains(result.Evidence, e => e.Concept == first);
        Assert.Contains(result.Evidence, e => e.Concept == second);
    }

    [Fact]
    public void An_image_of_ones_end_is_distress_but_the_end_of_radiotherapy_is_not()
    {
        Assert.Contains(ShippedRules.Classify("Ce soir j'éteins la lumière pour de bon.").Evidence, e => e.Concept == "euphemisme-de-fin");
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify("C'est la fin des rayons, enfin ! Vous faites des ateliers de yoga ?").Label);
    }

    [Theory]
    [InlineData("Je garde mes médicaments au frigo pour la semaine prochaine, c'est bien ?")]
    [InlineData("Je conserve mes flacons de sirop pour après les fêtes, ils se périment ?")]
    [InlineData("J'ai gardé la boîte du cadeau pour après la fête de mon fils.")]
    public void Keeping_a_treatment_or_a_box_for_a_later_day_is_not_distress(string message) =>
        Assert.NotEqual(TriageLabel.Distress, ShippedRules.Classify(message).Label);

    [Fact]
    public void Two_different_weak_signals_make_concern_but_one_does_not()
    {
        Assert.Equal(TriageLabel.Normal, ShippedRules.Classify("Je suis épuisée depuis la chimio, existe-t-il une aide ménagère ?").Label);
        var both = ShippedRules.Classify("Je pleure toutes les nuits et je ne vois plus personne, tout le monde m'a abandonnée.");
        Assert.Equal(DistressLevel.Concern, both.Level);
        Assert.Contains(both.Evidence, e => e.Concept == "souffrance-morale");
        Assert.Contains(both.Evidence, e => e.Concept == "isolement");
    }

    [Fact]
    public void The_explanation_names_the_signs_in_french_with_the_words_that_matched()
    {
        var result = ShippedRules.Classify("Je suis un poids pour ma famille et j'ai écrit une lettre d'adieu.");

        Assert.StartsWith("signes relevés : ", result.Explanation);
        Assert.Contains("se dit un poids pour ses proches", result.Explanation);
        var burden = Assert.Single(result.Evidence, e => e.Concept == "fardeau");
        Assert.Contains("poids", burden.Words);
    }
}
