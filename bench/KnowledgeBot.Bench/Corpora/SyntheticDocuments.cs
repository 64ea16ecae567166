using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Corpora;

/// <summary>
/// Fiche-like documents drawn from a <see cref="MarkovTextModel"/>, section by section, until the wanted
/// number of sections (one passage each: section lengths are drawn within the passage bounds) is reached.
/// The same seed gives the same documents, so every engine indexes exactly the same text.
/// </summary>
public static class SyntheticDocuments
{
    public const string IdPrefix = "https://synthetic.invalid/particuliers/S";
    private static readonly DateTimeOffset Modified = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<Document> Generate(MarkovTextModel model, int sections, int seed)
    {
        var random = new Random(seed);
        var number = 0;
        for (var remaining = sections; remaining > 0;)
        {
            var count = Math.Min(model.SectionCount(random), remaining);
            remaining -= count;
            var id = $"{IdPrefix}{++number:D7}";
            yield return new Document
            {
                Id = id,
                Url = id,
                Title = model.Title(random),
                Kind = DocumentKind.Fiche,
                Modified = Modified,
                Description = model.Title(random),
                Sections = [.. Enumerable.Range(0, count).Select(_ => new DocumentSection(model.Title(random), model.SectionText(random)))],
            };
        }
    }
}
