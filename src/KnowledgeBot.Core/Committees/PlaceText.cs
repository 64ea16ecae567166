using KnowledgeBot.Core.Text;

namespace KnowledgeBot.Core.Committees;

/// <summary>A message cut into words (letters and digits; apostrophes, hyphens and spaces separate), keeping positions.</summary>
public sealed class PlaceText
{
    private readonly string _original;

    private PlaceText(string original, IReadOnlyList<PlaceToken> tokens)
    {
        _original = original;
        Tokens = tokens;
    }

    public IReadOnlyList<PlaceToken> Tokens { get; }

    public static PlaceText Parse(string text)
    {
        var tokens = new List<PlaceToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(new PlaceToken(TextFolding.Fold(text[start..i]), start, i, char.IsUpper(text[start])));
                start = -1;
            }
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "ds" is how text messages write "dans".
            var expanded = tokens[i].Folded switch { "st" => "saint", "ste" => "sainte", "ds" => "dans", _ => null };
            if (expanded is not null && !tokens[i + 1].IsNumber)
                tokens[i] = tokens[i] with { Folded = expanded };
        }
        return new PlaceText(text, tokens);
    }

    /// <summary>The folded words <paramref name="first"/> … first+count-1 joined by spaces.</summary>
    public string Key(int first, int count) =>
        string.Join(' ', Enumerable.Range(first, count).Select(i => Tokens[i].Folded));

    /// <summary>The raw characters between token <paramref name="index"/> and the next one (or the end).</summary>
    public string GapAfter(int index) =>
        _original[Tokens[index].End..(index + 1 < Tokens.Count ? Tokens[index + 1].Start : _original.Length)];

    /// <summary>The raw characters between the previous token (or the start) and token <paramref name="index"/>.</summary>
    public string GapBefore(int index) =>
        _original[(index > 0 ? Tokens[index - 1].End : 0)..Tokens[index].Start];

    public string? Word(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Folded : null;
}
