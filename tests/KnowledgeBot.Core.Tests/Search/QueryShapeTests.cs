using KnowledgeBot.Core.Search;

namespace KnowledgeBot.Core.Tests.Search;

public sealed class QueryShapeTests
{
    [Theory]
    [InlineData("arrêt maladie salaire", 3, true)]
    [InlineData("13eme mois", 2, true)]
    [InlineData("rupture conventionnelle chômage", 3, true)]
    [InlineData("vous financez que la recherche ?", 2, false)]
    [InlineData("Octobre rose c'est du pinkwashing", 3, false)]
    [InlineData("mon fils a droit à l'AJPP", 3, false)]
    [InlineData("aide financière perruque chimiothérapie transport hôpital remboursement mutuelle", 8, false)]
    public void A_keyword_query_is_short_and_written_to_nobody(string query, int words, bool expected) =>
        Assert.Equal(expected, QueryShape.IsKeywordQuery(query, words, keywordQueryWords: 5));
}
