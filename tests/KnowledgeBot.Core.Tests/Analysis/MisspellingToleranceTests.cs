using KnowledgeBot.Core.Tests.Support;
using static KnowledgeBot.Core.Tests.Support.TestDocuments;

namespace KnowledgeBot.Core.Tests.Analysis;

public class MisspellingToleranceTests
{
    [Theory]
    [InlineData("chimiotérapie")]
    [InlineData("chimiothérapi")]
    [InlineData("remboursment perruque")]
    public async Task Misspelt_words_still_find_the_page(string question)
    {
        using var index = new TestIndex();
        await index.AddAsync(
            Page("aides/chimio", "Chimiothérapie et remboursement des prothèses", (null, "La chimiothérapie fait parfois perdre les cheveux ; le remboursement de la prothèse capillaire est prévu.")),
            Page("aides/transport", "Transports", (null, "Les transports vers l'hôpital sont pris en charge sous conditions.")));

        Assert.Equal("https://asso.example.org/aides/chimio", index.Ids(question).First());
    }

    [Fact]
    public async Task Short_unknown_words_are_not_guessed()
    {
        using var index = new TestIndex();
        await index.AddAsync(Page("aides/taxi", "Taxi conventionné", (null, "Le taxi conventionné est remboursé.")));

        Assert.Empty(index.Ids("maxi"));
    }
}
