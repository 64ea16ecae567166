using KnowledgeBot.Web.Dashboard;

namespace KnowledgeBot.Web.Tests.Dashboard;

public sealed class CsvLineTests
{
    [Fact]
    public void Plain_fields_are_joined_by_commas_and_the_record_ends_with_CRLF() =>
        Assert.Equal("2021-03-02T08:00:00Z,Email,,29\r\n", CsvLine.Of(["2021-03-02T08:00:00Z", "Email", null, "29"]));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("il a dit \"non\"", "\"il a dit \"\"non\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    [InlineData("retour\r", "\"retour\r\"")]
    [InlineData("Côte-d'Or", "Côte-d'Or")]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled(string value, string written) =>
        Assert.Equal(written, CsvLine.Field(value));
}
