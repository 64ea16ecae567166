using KnowledgeBot.Core.Search;

namespace KnowledgeBot.Core.Tests.Search;

public sealed class QueryShapeTests
{
    [Theory]
    [InlineData("arrêt maladie salaire", true)]
    [InlineData("13eme mois", true)]
    [InlineData("rupture conventionnelle chômage", true)]
    [InlineData("licenciement après arrêt maladie longue durée temps partiel thérapeutique", true)]
    [InlineData("vous financez que la recherche ?", false)]
    [InlineData("Octobre rose c'est du pinkwashing", false)]
    [InlineData("mon fils a droit à l'AJPP", false)]
    [InlineData("aide financière perruque chimiothérapie, ça existe", false)]
    public void A_keyword_query_is_written_to_nobody_whatever_its_length(string query, bool expected) =>
        Assert.Equal(expected, QueryShape.IsKeywordQuery(query));
}
