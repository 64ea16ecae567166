using System.Globalization;

namespace KnowledgeBot.Bench.Corpora;

/// <summary>
/// A corpus size: <c>real</c> (the sample corpus plus the service-public publications), or a number of
/// passages such as <c>100k</c> or <c>1M</c>, reached by adding synthetic documents to the real ones.
/// </summary>
public sealed record CorpusSize(string Name, int TargetPassages)
{
    public static readonly CorpusSize Real = new("real", 0);

    public bool IsSynthetic => TargetPassages > 0;

    public static CorpusSize Parse(string text)
    {
        var name = text.Trim();
        if (name.Equals(Real.Name, StringComparison.OrdinalIgnoreCase))
            return Real;
        var multiplier = char.ToLowerInvariant(name[^1]) switch { 'k' => 1_000, 'm' => 1_000_000, _ => 1 };
        var digits = multiplier == 1 ? name : name[..^1];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            throw new FormatException($"Unknown corpus size '{text}': use 'real' or a passage count such as 100k or 1M.");
        return new CorpusSize(name, checked(number * multiplier));
    }
}
