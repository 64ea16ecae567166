using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class TriageTokenizerTests
{
    private static readonly TriageTokenizer Tokenizer = new(
        new Dictionary<string, string[]> { ["jveux"] = ["je", "veux"], ["mdr"] = ["mdr"], ["😂"] = ["mdr"] },
        new HashSet<string> { "interet", "peux", "veux" });

    [Fact]
    public void Words_are_folded_squeezed_and_rewritten()
    {
        var words = Tokenizer.Tokenize("JVEUX Plusss d'Intérêt").Select(t => t.Folded);
        Assert.Equal(["je", "veux", "plus", "d", "interet"], words);
    }

    [Fact]
    public void An_elision_written_without_its_apostrophe_is_split_when_the_rest_is_a_word_of_the_rules()
    {
        Assert.Equal(["l", "interet"], Tokenizer.Tokenize("linteret").Select(t => t.Folded));
        Assert.Equal(["lame"], Tokenizer.Tokenize("lame").Select(t => t.Folded));
    }

    [Fact]
    public void Punctuation_and_mais_end_a_clause_but_a_decimal_comma_does_not()
    {
        var tokens = Tokenizer.Tokenize("39,5 de fièvre, mais bon. Voilà");
        Assert.Equal(tokens[0].Clause, tokens[1].Clause);
        Assert.True(tokens.Single(t => t.Folded == "bon").Clause > tokens.Single(t => t.Folded == "fievre").Clause);
        Assert.True(tokens.Single(t => t.Folded == "voila").Clause > tokens.Single(t => t.Folded == "bon").Clause);
    }

    [Fact]
    public void An_emoji_is_a_word_that_spelling_can_rewrite() =>
        Assert.Equal(["mort", "mdr"], Tokenizer.Tokenize("mort😂").Select(t => t.Folded));

    [Fact]
    public void The_surface_keeps_the_word_as_written_for_the_evidence() =>
        Assert.Equal("Intérêt", Tokenizer.Tokenize("Intérêt").Single().Surface);
}
