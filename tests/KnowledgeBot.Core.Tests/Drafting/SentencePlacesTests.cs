using KnowledgeBot.Core.Drafting;
using KnowledgeBot.Core.Tests.Committees;

namespace KnowledgeBot.Core.Tests.Drafting;

public sealed class SentencePlacesTests
{
    private static readonly Lazy<LocatorFixture> Locator = new(() => new LocatorFixture());

    [Fact]
    public void A_sentence_naming_a_place_or_a_committee_is_told_apart_and_stays_so_when_met_again()
    {
        var places = new SentencePlaces(Locator.Value.Locator, Locator.Value.Vocabulary);
        const string town = "La permanence se tient à Sarlat-la-Canéda le mardi.";
        const string committee = "Le comité du Pas-de-Calais peut vous aider à remplir le dossier.";
        const string general = "La demande se fait auprès de votre caisse d'assurance maladie.";

        Assert.True(places.NamesAPlace(town));
        Assert.True(places.NamesAPlace(committee));
        Assert.False(places.NamesAPlace(general));
        Assert.True(places.NamesAPlace(town));
        Assert.False(places.NamesAPlace(general));
    }
}
