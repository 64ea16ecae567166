using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class AtomTableTests
{
    [Theory]
    [InlineData("suicider", "suicider", true)]
    [InlineData("suicider", "suicder", true)]
    [InlineData("medicament", "medicamment", true)]
    [InlineData("mourir", "courir", false)]
    [InlineData("pendre", "perdre", false)]
    [InlineData("cachet", "cachets", true)]
    [InlineData("toux", "tous", false)]
    [InlineData("pourries", "pourriez", false)]
    [InlineData("pourris", "pourriez", false)]
    public void A_word_matches_its_stem_and_long_words_one_typo_that_keeps_the_first_letter(string atom, string word, bool matches)
    {
        var atoms = new AtomTable();
        var id = atoms.Word(atom);
        Assert.Equal(matches, atoms.Match([Token(word)])[0].Contains(id));
    }

    [Theory]
    [InlineData("suicid", "suicidaire", true)]
    [InlineData("pourri", "pourriez", true)]
    [InlineData("medicament", "medicamment", false)]
    [InlineData("connasse", "connaissez", false)]
    [InlineData("medicamen", "medicaments", true)]
    [InlineData("suicid", "sucide", false)]
    public void A_prefix_matches_the_words_it_starts_and_no_typo(string prefix, string word, bool matches)
    {
        var atoms = new AtomTable();
        var id = atoms.Prefix(prefix);
        Assert.Equal(matches, atoms.Match([Token(word)])[0].Contains(id));
    }

    [Theory]
    [InlineData("ectomie", "prostatectomie", true)]
    [InlineData("ectomie", "ectomie", false)]
    [InlineData("mab", "rituximab", true)]
    [InlineData("mab", "mabrouk", false)]
    public void A_suffix_matches_the_longer_words_it_ends(string suffix, string word, bool matches)
    {
        var atoms = new AtomTable();
        var id = atoms.Suffix(suffix);
        Assert.Equal(matches, atoms.Match([Token(word)])[0].Contains(id));
    }

    private static TriageToken Token(string word) => new(word, word, FrenchStem.Of(word), 0);
}
