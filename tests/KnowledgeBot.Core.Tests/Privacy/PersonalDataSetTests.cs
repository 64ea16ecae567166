using System.Text.Json;
using KnowledgeBot.Core.Configuration;
using KnowledgeBot.Core.Privacy;
using Xunit.Abstractions;

namespace KnowledgeBot.Core.Tests.Privacy;

/// <summary>
/// The masker on realistic messages written apart from it (<c>eval/privacy/</c>: each personal data item and each
/// look-alike that must stay, e.g. towns, hospitals, helplines, amounts). Tuned on the tuning split; the figures
/// asserted are the validation split's.
/// </summary>
public sealed class PersonalDataSetTests(ITestOutputHelper output)
{
    private sealed record Item(string Kind, string Text);
    private sealed record Message(string Id, string Text, List<Item> Pii, List<string> Keep);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] CivilTitles = ["Mme veuve ", "M. ", "Mme ", "Mlle ", "Madame ", "Monsieur ", "Mademoiselle "];

    [Theory]
    [InlineData("validation.jsonl", 0.93, 0.98)]
    [InlineData("tuning.jsonl", 0.90, 0.98)]
    public void Masks_most_personal_data_and_keeps_what_only_looks_like_it(string file, double minimumRecall, double minimumKept)
    {
        var masker = new PersonalDataMasker();
        var messages = File.ReadLines(KnowledgeBotHome.Resolve(Path.Combine("eval", "privacy", file)))
            .Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<Message>(l, Json)!).ToList();
        var caught = new Dictionary<string, (int Caught, int All)>();
        int kept = 0, keeps = 0;
        foreach (var message in messages)
        {
            var masked = masker.Mask(message.Text);
            foreach (var item in message.Pii)
            {
                var hit = IsMasked(message.Text, WithoutCivilTitle(item.Text), masked);
                var (c, a) = caught.GetValueOrDefault(item.Kind);
                caught[item.Kind] = (c + (hit ? 1 : 0), a + 1);
                if (!hit)
                    output.WriteLine($"missed {item.Kind} in {message.Id}: « {item.Text} » → {masked.Text}");
            }
            foreach (var keep in message.Keep)
            {
                keeps++;
                if (!Touches(message.Text, keep, masked))
                    kept++;
                else
                    output.WriteLine($"masked by mistake in {message.Id}: « {keep} » → {masked.Text}");
            }
        }
        var recall = caught.Values.Sum(v => v.Caught) / (double)caught.Values.Sum(v => v.All);
        output.WriteLine($"{file}: recall {recall:F3} ({string.Join(", ", caught.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value.Caught}/{k.Value.All}"))}); look-alikes kept {kept}/{keeps} ({kept / (double)keeps:F3})");

        Assert.True(recall >= minimumRecall, $"recall {recall:F3}");
        Assert.True(kept / (double)keeps >= minimumKept, $"kept {kept}/{keeps}");
    }

    private static string WithoutCivilTitle(string text) =>
        CivilTitles.FirstOrDefault(t => text.StartsWith(t, StringComparison.Ordinal)) is { } title ? text[title.Length..] : text;

    /// <summary>Every occurrence of the item lies inside masked spans.</summary>
    private static bool IsMasked(string text, string item, MaskedText masked) =>
        Occurrences(text, item).All(start => Enumerable.Range(start, item.Length).All(i => masked.Items.Any(m => i >= m.Start && i < m.Start + m.Length)));

    private static bool Touches(string text, string keep, MaskedText masked) =>
        Occurrences(text, keep).Any(start => masked.Items.Any(m => m.Start < start + keep.Length && start < m.Start + m.Length));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return at;
    }
}
