using KnowledgeBot.Core.Analysis;

namespace KnowledgeBot.Core.Tests.Analysis;

public sealed class AcronymMinerTests
{
    [Fact]
    public void An_acronym_is_learnt_from_the_words_whose_initials_it_spells_and_small_words_are_skipped()
    {
        var acronyms = AcronymMiner.Mine(
        [
            "Vous pouvez demander la reconnaissance de la qualité de travailleur handicapé (RQTH) auprès de la MDPH.",
            "L'allocation aux adultes handicapés (AAH) est versée par la CAF. La maison départementale des personnes handicapées (MDPH) instruit.",
            "Les indemnités journalières (IJ) sont versées pendant l'arrêt.",
        ]);

        Assert.Equal("reconnaissance de la qualité de travailleur handicapé", acronyms["RQTH"]);
        Assert.Equal("allocation aux adultes handicapés", acronyms["AAH"]);
        Assert.Equal("maison départementale des personnes handicapées", acronyms["MDPH"]);
        Assert.Equal("indemnités journalières", acronyms["IJ"]);
    }

    [Fact]
    public void A_parenthesis_that_does_not_spell_the_words_before_it_or_an_acronym_that_is_also_an_ordinary_word_is_left_out()
    {
        var acronyms = AcronymMiner.Mine(
        [
            "Le dossier est envoyé par courrier (LRAR) à votre caisse.",
            "Une association intermédiaire (AI) vous emploie. J'ai un rendez-vous, et j'ai une question.",
            "Le certificat d'aptitude\nprofessionnelle (CAP) : voir plus bas.",
        ]);

        Assert.DoesNotContain("LRAR", acronyms.Keys);
        Assert.DoesNotContain("AI", acronyms.Keys);
        Assert.DoesNotContain("CAP", acronyms.Keys);
    }
}
