using KnowledgeBot.Core.Committees;
using KnowledgeBot.Core.Text;
using Xunit.Abstractions;

namespace KnowledgeBot.Core.Tests.Committees;

/// <summary>
/// The locator on messages built from the data itself (random communes, postal codes and departments written
/// in many ways), so that it is judged on the class of messages rather than on hand-picked examples.
/// </summary>
public sealed class GeneratedMessagesTests(LocatorFixture fixture, ITestOutputHelper output) : IClassFixture<LocatorFixture>
{
    private static readonly string[] CommuneTemplates =
    [
        "J'habite à {0}, je cherche un groupe de parole.",
        "Bonjour, je vis à {0} et ma mère a un cancer du sein.",
        "mon pere habite sur {0}, il a besoin d'aide pour ses rdv",
        "Nous sommes près de {0}. Y a-t-il un comité ?",
        "Je suis de {0}, comment devenir bénévole ?",
        "bjr jhabite {0} c koi les aides",
        "Ma femme est soignée, on réside à {0} depuis 10 ans.",
        "Quel est le comité le plus proche de {0} ?",
        "ma mère vit seule à {0}, elle a 80 ans",
        "Nous habitons du côté de {0}.",
        "je suis sur {0} et je cherche une perruque",
        "Bonjour, je suis originaire de {0} et j'y vis toujours.",
    ];

    private static readonly string[] PostalTemplates =
    [
        "Code postal {0}, je voudrais de l'aide.",
        "J'habite au {0}.",
        "je suis dans le {0} et je cherche un groupe",
        "{0}",
        "Bonjour, CP : {0}, merci",
    ];

    private static readonly string[] DepartmentNumberTemplates =
    [
        "J'habite dans le {0}.",
        "on est dans le {0}, y a un comité ?",
        "je suis du {0} et je veux aider",
        "Département {0}",
    ];

    [Fact]
    public void At_least_97_percent_of_generated_located_messages_name_the_right_committee()
    {
        var random = new Random(20260425);
        var cases = new List<(string Message, string Expected)>();
        var communes = fixture.Communes.All.Where(c => !c.IsArrondissement && c.Lat is not null).ToList();
        for (var n = 0; n < 1500; n++)
        {
            var commune = communes[random.Next(communes.Count)];
            var largest = fixture.Communes.Named(TextFolding.Key(commune.Name))[0];
            var name = Spell(commune.Name, random);
            cases.Add((string.Format(CommuneTemplates[random.Next(CommuneTemplates.Length)], name), Expected(largest.Department)));
            if (commune.PostalCodes.Count > 0)
            {
                var code = commune.PostalCodes[random.Next(commune.PostalCodes.Count)];
                var owner = fixture.Communes.WithPostalCode(code)[0];
                cases.Add((string.Format(PostalTemplates[random.Next(PostalTemplates.Length)], code), Expected(owner.Department)));
            }
        }
        foreach (var committee in fixture.Committees.All)
        {
            foreach (var template in DepartmentNumberTemplates)
                cases.Add((string.Format(template, committee.Code), committee.Code));
            for (var n = 0; n < 4; n++)
                cases.Add((DepartmentNameMessage(committee, random), committee.Code));
        }

        var failures = cases.Where(c => fixture.CommitteeFor(c.Message) != c.Expected).ToList();
        foreach (var (message, expected) in failures.Take(60))
            output.WriteLine($"{expected} <- {message} (got {fixture.CommitteeFor(message) ?? "none"})");
        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"{cases.Count} messages, accuracy {accuracy:F4}");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:F4} on {cases.Count} generated messages");
    }

    [Fact]
    public void At_least_97_percent_of_generated_messages_naming_a_town_by_its_short_name_name_its_committee()
    {
        var random = new Random(2024);
        var cases = fixture.Communes.ShortNames.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (Message: string.Format(CommuneTemplates[random.Next(CommuneTemplates.Length)], Spell(AsWritten(s.Value.Name, s.Key), random)), Expected: Expected(s.Value.Department)))
            .ToList();
        var failures = cases.Where(c => fixture.CommitteeFor(c.Message) != c.Expected).ToList();
        foreach (var (message, expected) in failures.Take(40))
            output.WriteLine($"{expected} <- {message} (got {fixture.CommitteeFor(message) ?? "none"})");
        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"{cases.Count} short names, accuracy {accuracy:F4}");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:F4} on {cases.Count} short names");
    }

    /// <summary>The words of <paramref name="name"/> that the folded short name covers, as the name writes them ("Saint-Dié").</summary>
    private static string AsWritten(string name, string foldedShortName)
    {
        var words = PlaceText.Parse(name).Tokens;
        return name[..words[foldedShortName.Count(ch => ch == ' ')].End];
    }

    /// <summary>Names said in passing or as a heading: after "de", before "ici", alone at the start or in a signature.</summary>
    private static readonly string[] PassingTemplates =
    [
        "Je suis soignée au centre hospitalier de {0}, avez-vous des ateliers ?",
        "Une maman de {0} cherche un groupe de parole.",
        "{0} ici, quelqu'un peut m'aider pour un dossier ?",
        "{0}. Besoin d'une perruque, merci.",
        "Merci pour tout. Claire (de {0})",
        "Bonjour, je suis des environs de {0} et je voudrais aider.",
    ];

    [Fact]
    public void At_least_97_percent_of_generated_messages_naming_a_town_in_passing_name_its_committee()
    {
        var random = new Random(59);
        // Said in passing, a town named like a common word or a first name is taken only when it is big.
        var towns = fixture.Communes.All
            .Where(c => !c.IsArrondissement && c.Population >= ShortTownNames.MinPopulation)
            .Where(c => c.Population >= 20_000 || !(fixture.Vocabulary.IsAmbiguous(TextFolding.Key(c.Name)) || fixture.Vocabulary.IsFirstName(TextFolding.Key(c.Name))))
            .ToList();
        var cases = new List<(string Message, string Expected)>();
        for (var n = 0; n < 800; n++)
        {
            var town = towns[random.Next(towns.Count)];
            var largest = fixture.Communes.Named(TextFolding.Key(town.Name))[0];
            var name = random.Next(3) switch { 0 => town.Name, 1 => RemoveAccents(town.Name), _ => town.Name.Replace('-', ' ') };
            cases.Add((string.Format(PassingTemplates[random.Next(PassingTemplates.Length)], name), Expected(largest.Department)));
        }
        var failures = cases.Where(c => fixture.CommitteeFor(c.Message) != c.Expected).ToList();
        foreach (var (message, expected) in failures.Take(40))
            output.WriteLine($"{expected} <- {message} (got {fixture.CommitteeFor(message) ?? "none"})");
        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"{cases.Count} towns named in passing, accuracy {accuracy:F4}");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:F4} on {cases.Count} towns named in passing");
    }

    private static readonly string[] NamesakeTemplates =
    [
        "J'habite à {0}, {1}, je cherche un groupe de parole.",
        "Bonjour, je vis à {0} {1} et ma mère a un cancer du sein.",
        "{0} ({2}) : y a-t-il un comité ?",
        "nous sommes sur {0} ({2}), on cherche de l'aide",
        "Bonjour de {0}, {1} !",
    ];

    [Fact]
    public void At_least_97_percent_of_generated_messages_naming_a_shared_town_name_and_its_department_name_the_right_committee()
    {
        var random = new Random(38);
        var shared = fixture.Communes.All
            .Where(c => !c.IsArrondissement && fixture.Committees.Find(c.Department) is not null)
            .GroupBy(c => TextFolding.Key(c.Name))
            .Where(g => g.Select(c => c.Department).Distinct().Count() > 1)
            .SelectMany(g => g.DistinctBy(c => c.Department))
            .ToList();
        var cases = new List<(string Message, string Expected)>();
        for (var n = 0; n < 800; n++)
        {
            var commune = shared[random.Next(shared.Count)];
            var committee = fixture.Committees.Find(commune.Department)!;
            var template = NamesakeTemplates[random.Next(NamesakeTemplates.Length)];
            cases.Add((string.Format(template, Spell(commune.Name, random), InDepartment(committee, random), committee.Code), committee.Code));
        }
        var failures = cases.Where(c => fixture.CommitteeFor(c.Message) != c.Expected).ToList();
        foreach (var (message, expected) in failures.Take(40))
            output.WriteLine($"{expected} <- {message} (got {fixture.CommitteeFor(message) ?? "none"})");
        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"{cases.Count} shared town names, accuracy {accuracy:F4}");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:F4} on {cases.Count} shared town names");
    }

    private static readonly string[] UnlocatedTemplates =
    [
        "J'ai {0} ans et je donne {1} € par an, est-ce déductible ?",
        "Mon numéro : 06 {2} {3} {4} {5}, rappelez-moi svp",
        "Ma chimio a commencé le {2} mars {6} et finira du {2} au {3} mai.",
        "Le dossier n° {7} est toujours en attente depuis {0} jours.",
        "Nous empruntons {7} euros sur {2} ans, l'assurance va-t-elle refuser ?",
        "Appelez le 15 si la fièvre dépasse 38,5 pendant {0} heures.",
        "Bonjour, je vis en {8} depuis {0} ans, avez-vous des antennes ?",
        "Je cherche des infos, j'habite en {9}.",
        "Bonjour, je vis à {10}, en {8}, puis-je faire un don ?",
        "Ma sœur {10} est en chimio, que peut-on faire ?",
        "Merci à mon amie {10} qui m'a parlé de vous.",
    ];

    private static readonly string[] Regions = ["Bretagne", "Normandie", "Occitanie", "Île-de-France", "Nouvelle-Aquitaine", "Alsace", "Corse", "Provence", "Grand Est", "Auvergne-Rhône-Alpes"];
    private static readonly string[] Countries = ["Belgique", "Suisse", "Espagne", "Italie", "Allemagne", "Algérie", "Maroc", "Tunisie", "Portugal", "Sénégal"];

    [Fact]
    public void Fewer_than_2_percent_of_generated_messages_without_a_place_name_a_committee()
    {
        var random = new Random(7);
        var commonWordNames = fixture.Communes.All.Select(c => TextFolding.Key(c.Name))
            .Where(k => !k.Contains(' ') && fixture.Vocabulary.IsAmbiguous(k) && k.Length > 3).Distinct().ToList();
        var towns = fixture.Communes.All.Where(c => !c.IsArrondissement).ToList();
        var messages = new List<string>();
        for (var n = 0; n < 400; n++)
        {
            messages.Add(string.Format(UnlocatedTemplates[random.Next(UnlocatedTemplates.Length)],
                random.Next(18, 90), random.Next(10, 900) * 10, random.Next(10, 31), random.Next(10, 99), random.Next(10, 99), random.Next(10, 99),
                random.Next(2015, 2027), random.Next(10000, 99999), Countries[random.Next(Countries.Length)], Regions[random.Next(Regions.Length)],
                towns[random.Next(towns.Count)].Name));
            var word = commonWordNames[random.Next(commonWordNames.Count)];
            messages.Add(random.Next(3) switch
            {
                0 => $"je ne comprends pas le mot {word} dans le courrier de la cpam",
                1 => $"Avec la chimio, {word} et fatigue tous les jours, c'est dur.",
                _ => $"Merci pour votre aide, c'est {word} de votre part.",
            });
        }
        var named = messages.Where(m => fixture.CommitteeFor(m) is not null).ToList();
        foreach (var message in named.Take(40))
            output.WriteLine($"{fixture.CommitteeFor(message)} <- {message}");
        var share = (double)named.Count / messages.Count;
        output.WriteLine($"{messages.Count} messages, committee named for {share:P1}");
        Assert.True(share < 0.02, $"a committee was named for {share:P1} of {messages.Count} messages without a place");
    }

    private string Expected(string department) => fixture.Locator.ForDepartment(department)!.Committee.Code;

    /// <summary>As people type it: as written, lower case, without accents, with spaces for hyphens.</summary>
    private static string Spell(string name, Random random) => random.Next(4) switch
    {
        0 => name,
        1 => name.ToLowerInvariant(),
        2 => RemoveAccents(name),
        _ => name.Replace('-', ' '),
    };

    private static string RemoveAccents(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    private static string DepartmentNameMessage(Committee committee, Random random)
    {
        var place = InDepartment(committee, random);
        return random.Next(2) == 0 ? $"J'habite {place}." : $"Bonjour, nous sommes {place}, que proposez-vous ?";
    }

    /// <summary>"dans le Finistère", "en Dordogne", "dans l'Aveyron", "à Mayotte", from the article of the committee's name.</summary>
    private static string InDepartment(Committee committee, Random random)
    {
        var name = Spell(committee.Department, random);
        return committee.Name switch
        {
            var n when n.StartsWith("Comité du ") => "dans le " + name,
            var n when n.StartsWith("Comité des ") => "dans les " + name,
            var n when n.StartsWith("Comité de l'") => "dans l'" + name,
            var n when n.StartsWith("Comité de la ") => random.Next(2) == 0 ? "en " + name : "dans la " + name,
            _ => name.StartsWith("La ", StringComparison.OrdinalIgnoreCase) ? "à l" + name[1..] : "à " + name,
        };
    }
}
