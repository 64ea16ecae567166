using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Besançon", "besancon")]
    [InlineData("BESANÇON", "besancon")]
    [InlineData("Besanc\u0327on", "besancon")]
    [InlineData("Cœur-de-Bœuf", "coeur de boeuf")]
    public void Names_written_in_any_form_share_one_key(string written, string key) =>
        Assert.Equal(key, TextFolding.Key(written));
}
