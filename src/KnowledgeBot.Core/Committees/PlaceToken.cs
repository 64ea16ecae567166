namespace KnowledgeBot.Core.Committees;

/// <summary>One word of a message as the locator sees it.</summary>
/// <param name="Folded">Lower case without accents; "st"/"ste" expanded to "saint"/"sainte", "ds" to "dans".</param>
/// <param name="IsCapitalized">Written with a capital first letter (a hint that a common word is a proper name).</param>
public readonly record struct PlaceToken(string Folded, int Start, int End, bool IsCapitalized)
{
    public bool IsNumber => Folded.Length > 0 && Folded.All(char.IsAsciiDigit);
}
