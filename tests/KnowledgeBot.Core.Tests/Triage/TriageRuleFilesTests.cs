using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Triage;
using KnowledgeBot.Core.Triage.Rules;

namespace KnowledgeBot.Core.Tests.Triage;

/// <summary>The rule format (corpus/triage/README.md) on a small folder of its own: what each construct matches, and the errors.</summary>
public sealed class TriageRuleFilesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kb-triage-").FullName;

    public TriageRuleFilesTests()
    {
        Write("lexicon.txt", "@negation = pas|jamais\n@proche = mari|femme|enfant*\n");
        Write("spelling.tsv", "jveux\tje veux\n");
        Write("medical.txt", "");
        Write("hostile.txt", "");
        Write("out_of_scope.txt", "");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("je veux partir", true)]
    [InlineData("je veux vraiment vraiment partir", true)]
    [InlineData("je veux vraiment beaucoup trop partir", false)]
    [InlineData("partir je veux", false)]
    [InlineData("jveux partir", true)]
    public void A_match_line_takes_its_words_in_order_with_up_to_two_words_between(string message, bool matches)
    {
        Write("distress.txt", "concept c\n  level concern\n  says dit vouloir partir\n  match veux partir\n");
        Assert.Equal(matches, Classifier().Classify(message).Label == TriageLabel.Distress);
    }

    [Theory]
    [InlineData("les cachets, je les garde", true)]
    [InlineData("je garde les cachets", true)]
    [InlineData("je garde ma maison et ma voiture et mon chien et aussi mes cachets", false)]
    public void A_near_line_takes_its_words_in_any_order_within_the_window(string message, bool matches)
    {
        Write("distress.txt", "concept c\n  level danger\n  says garde des cachets\n  near 5 garde cachet*\n");
        Assert.Equal(matches, Classifier().Classify(message).Label == TriageLabel.Distress);
    }

    [Fact]
    public void Classes_prefixes_phrases_and_typos_are_matched()
    {
        Write("distress.txt", "concept c\n  level concern\n  says parle d'un proche\n  match seul|tout_le_monde ..4 @proche\n");
        var classifier = Classifier();
        Assert.Equal(TriageLabel.Distress, classifier.Classify("tout le monde est parti sauf mes enfants").Label);
        Assert.Equal(TriageLabel.Normal, classifier.Classify("tout le reste").Label);
    }

    [Fact]
    public void A_negated_sign_is_dropped_or_kept_at_concern_as_the_concept_says()
    {
        Write("distress.txt", "concept wish\n  level concern\n  negated drop\n  says veut mourir\n  match veux mourir\n" +
                              "concept means\n  level danger\n  says a une corde\n  match ai ..2 corde\n");
        var classifier = Classifier();
        Assert.Equal(TriageLabel.Normal, classifier.Classify("je ne veux pas mourir").Label);
        Assert.Equal(TriageLabel.Distress, classifier.Classify("je veux mourir").Label);
        var denied = classifier.Classify("je n'ai pas de corde");
        Assert.Equal(DistressLevel.Concern, denied.Level);
        Assert.True(Assert.Single(denied.Evidence).Negated);
        Assert.Equal(DistressLevel.Danger, classifier.Classify("je ne sais pas. j'ai une corde").Level);
    }

    [Fact]
    public void An_idiom_cancels_only_weak_concepts_it_overlaps()
    {
        Write("distress.txt", "idiom rire\n  match mort ..1 de ..1 rire\n" +
                              "concept weak-death\n  level concern\n  weak\n  says parle de mort\n  match mort\n" +
                              "concept strong-death\n  level danger\n  says veut être mort\n  match veux ..1 être ..1 mort\n");
        var classifier = Classifier();
        Assert.Equal(TriageLabel.Normal, classifier.Classify("mort de rire").Label);
        Assert.Equal(TriageLabel.Distress, classifier.Classify("mort de rire, il parle de mort").Label);
        Assert.Equal(DistressLevel.Danger, classifier.Classify("je veux être mort de rire").Level);
    }

    [Fact]
    public void An_unless_line_before_the_first_block_applies_to_every_concept_of_the_file_only()
    {
        Write("medical.txt", "@vet = veto\nunless @vet\n" +
                             "concept dose\n  says demande une dose\n  match quelle ..1 dose\n" +
                             "concept symptome\n  says demande si c'est grave\n  match est ..1 ce ..1 grave\n");
        Write("hostile.txt", "concept honte\n  says reproche\n  match quelle ..1 honte\n");
        Write("distress.txt", "");
        var classifier = Classifier();

        Assert.Equal(TriageLabel.Medical, classifier.Classify("quelle dose ?").Label);
        Assert.Equal(TriageLabel.Normal, classifier.Classify("le veto demande quelle dose ?").Label);
        Assert.Equal(TriageLabel.Normal, classifier.Classify("le veto dit : est-ce grave ?").Label);
        Assert.Equal(TriageLabel.Hostile, classifier.Classify("le veto dit : quelle honte").Label);
    }

    [Theory]
    [InlineData("concept c\n  level concern\n  says x\n  match @inconnue\n", 4, "unknown class '@inconnue'")]
    [InlineData("concept c\n  level concern\n  says x\n  frobnicate x\n", 4, "unknown directive 'frobnicate'")]
    [InlineData("concept c\n  level urgent\n  says x\n  match x\n", 2, "level is danger")]
    [InlineData("concept c\n  level concern\n  match x\n", 3, "needs a 'says' line")]
    [InlineData("concept c\n  level concern\n  says x\n  match a b|c d\n", 4, "")]
    [InlineData("  match x\n", 1, "outside a concept")]
    public void A_mistake_in_a_rule_file_names_the_file_and_the_line(string rules, int line, string problem)
    {
        Write("distress.txt", rules);
        var error = Record.Exception(Classifier);
        if (problem.Length == 0)
        {
            Assert.Null(error);
            return;
        }
        var format = Assert.IsType<SourceFormatException>(error);
        Assert.EndsWith("distress.txt", format.File);
        Assert.Equal(line, format.Line);
        Assert.Contains(problem, format.Message);
    }

    private TriageClassifier Classifier() => TriageServiceCollectionExtensions.Create(_directory);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_directory, file), text);
}
