using KnowledgeBot.Core.Triage;
using KnowledgeBot.Core.Triage.Model;

namespace KnowledgeBot.Core.Tests.Triage;

public sealed class TriageModelTests
{
    private static readonly (IReadOnlyList<string>, TriageLabel, DistressLevel?)[] Examples =
    [
        .. Enumerable.Range(0, 30).Select(i => ((IReadOnlyList<string>)["seul", "vide", "nuit" + i % 3, i % 2 == 0 ? "cachet" : "poids"], TriageLabel.Distress,
            (DistressLevel?)(i % 2 == 0 ? DistressLevel.Danger : DistressLevel.Concern))),
        .. Enumerable.Range(0, 30).Select(i => ((IReadOnlyList<string>)["perruque", "rembours", "dossier" + i % 3], TriageLabel.Normal, (DistressLevel?)null)),
    ];

    [Fact]
    public void Training_separates_the_labels_and_gives_the_same_model_every_time()
    {
        var model = TriageModelTrainer.Train(Examples);
        var distress = model.For(TriageLabel.Distress)!;

        Assert.True(distress.Probability(["seul", "vide"]) > distress.Threshold);
        Assert.True(distress.Probability(["perruque", "rembours"]) < distress.Threshold);
        Assert.Equal(distress.Weights["seul"], TriageModelTrainer.Train(Examples).For(TriageLabel.Distress)!.Weights["seul"]);
    }

    [Fact]
    public void A_supplement_teaches_the_other_labels_and_leaves_the_distress_models_as_the_split_made_them()
    {
        // Hostile messages sharing a distress word: were they to teach distress, "seul" would weigh less.
        (IReadOnlyList<string>, TriageLabel, DistressLevel?)[] supplement =
            [.. Enumerable.Range(0, 40).Select(i => ((IReadOnlyList<string>)["seul", "honte", "escroc" + i % 3], TriageLabel.Hostile, (DistressLevel?)null))];

        var alone = TriageModelTrainer.Train(Examples);
        var supplemented = TriageModelTrainer.Train(Examples, [supplement]);

        Assert.Equal(alone.For(TriageLabel.Distress)!.Weights["seul"], supplemented.For(TriageLabel.Distress)!.Weights["seul"]);
        Assert.Equal(alone.Danger!.Weights["cachet"], supplemented.Danger!.Weights["cachet"]);
        var hostile = supplemented.For(TriageLabel.Hostile)!;
        Assert.True(hostile.Probability(["honte", "escroc1"]) >= hostile.Threshold);
        Assert.True(alone.For(TriageLabel.Hostile)!.Probability(["honte", "escroc1"]) < hostile.Probability(["honte", "escroc1"]));
    }

    [Fact]
    public void A_supplement_teaches_only_the_labels_it_has_examples_of()
    {
        // Polite letters and cold complaints, none of them off topic: they must not teach the out-of-scope model that
        // every letter is in scope, nor the medical model anything.
        (IReadOnlyList<string>, TriageLabel, DistressLevel?)[] letters =
        [
            .. Enumerable.Range(0, 20).Select(i => ((IReadOnlyList<string>)["madame", "salutation", "recu" + i % 3], TriageLabel.Normal, (DistressLevel?)null)),
            .. Enumerable.Range(0, 20).Select(i => ((IReadOnlyList<string>)["madame", "salutation", "scandale" + i % 3], TriageLabel.Hostile, (DistressLevel?)null)),
        ];
        (IReadOnlyList<string>, TriageLabel, DistressLevel?)[] offTopic =
            [.. Enumerable.Range(0, 30).Select(i => ((IReadOnlyList<string>)["horoscope", "madame", "signe" + i % 3], TriageLabel.OutOfScope, (DistressLevel?)null))];

        var alone = TriageModelTrainer.Train([.. Examples, .. offTopic]);
        var supplemented = TriageModelTrainer.Train([.. Examples, .. offTopic], [letters]);

        Assert.Equal(alone.For(TriageLabel.OutOfScope)!.Weights["madame"], supplemented.For(TriageLabel.OutOfScope)!.Weights["madame"]);
        Assert.NotEqual(alone.For(TriageLabel.Hostile)!.Probability(["madame", "scandale1"]), supplemented.For(TriageLabel.Hostile)!.Probability(["madame", "scandale1"]));
    }

    [Fact]
    public void The_danger_model_tells_danger_from_concern_among_distress_messages()
    {
        var danger = TriageModelTrainer.Train(Examples).Danger!;

        Assert.True(danger.Probability(["seul", "vide", "cachet"]) >= danger.Threshold);
        Assert.True(danger.Probability(["seul", "vide", "poids"]) < danger.Threshold);
    }

    [Fact]
    public void A_written_model_reads_back_the_same()
    {
        var model = TriageModelTrainer.Train(Examples);
        var path = Path.GetTempFileName();
        try
        {
            model.Write(path);
            var read = TriageModel.Read(path);
            var before = model.For(TriageLabel.Distress)!;
            var after = read.For(TriageLabel.Distress)!;
            Assert.Equal(before.Threshold, after.Threshold);
            Assert.Equal(before.Probability(["seul", "nuit1"]), after.Probability(["seul", "nuit1"]), 4);
            Assert.Equal(model.Danger!.Threshold, read.Danger!.Threshold);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_model_turns_a_single_weak_signal_into_concern_and_names_its_words()
    {
        // A single weak signal (fatigue of everything) that the concepts alone would leave normal.
        var result = ShippedRules.Classify("désolée pour tout, je ne sers plus à grand chose, je suis si fatiguée de tout ça, pardon");
        Assert.Equal(TriageLabel.Distress, result.Label);
        var evidence = Assert.Single(result.Evidence, e => e.Concept == "modele");
        Assert.NotEmpty(evidence.Words);
        Assert.Contains("probabilité", evidence.Says);
    }

    [Fact]
    public void A_misspelt_word_keeps_most_of_its_four_letter_pieces()
    {
        var rules = ShippedRules.Rules;
        static HashSet<string> Pieces(IEnumerable<(string Feature, string Surface)> features) => [.. features.Select(f => f.Feature).Where(f => f.StartsWith('~'))];

        var written = Pieces(TriageFeatures.Of(rules, rules.Read("désespérée")));
        var misspelt = Pieces(TriageFeatures.Of(rules, rules.Read("desesperre")));

        Assert.True(written.Intersect(misspelt).Count() >= 4, string.Join(" ", written.Intersect(misspelt)));
        Assert.Empty(Pieces(TriageFeatures.Of(rules, rules.Read("moi et toi"))));
    }

    [Theory]
    [InlineData("Quel temps fera-t-il samedi à Brest ?", TriageLabel.OutOfScope)]
    [InlineData("Vous savez réparer une chaudière qui fait du bruit ?", TriageLabel.OutOfScope)]
    [InlineData("Bonjour, à quelle heure ouvre votre permanence ?", TriageLabel.Normal)]
    [InlineData("Merci beaucoup pour votre réponse rapide", TriageLabel.Normal)]
    public void A_message_without_a_word_of_the_domain_lets_the_model_say_out_of_scope(string message, TriageLabel expected)
    {
        var result = ShippedRules.Classify(message);
        Assert.Equal(expected, result.Label);
        if (expected == TriageLabel.OutOfScope)
            Assert.Contains(result.Evidence, e => e.Concept == "modele");
    }

    [Fact]
    public void A_reproach_no_concept_lists_is_hostile_from_the_model_threshold_alone()
    {
        // No insult, no threat, no silence complaint: a calm criticism of the association's campaign.
        var result = ShippedRules.Classify("Votre dernière campagne d'affichage donne une image fausse de la maladie, je l'ai trouvée déplacée.");

        Assert.Equal(TriageLabel.Hostile, result.Label);
        Assert.Equal("modele", Assert.Single(result.Evidence).Concept);
    }
}
