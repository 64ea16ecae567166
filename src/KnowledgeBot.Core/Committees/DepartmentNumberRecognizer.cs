namespace KnowledgeBot.Core.Committees;

/// <summary>Department numbers after a cue: "dans le 13", "je suis du 59", "département 2A", "Aubagne (13)", "le 9-3".</summary>
public sealed class DepartmentNumberRecognizer(CommitteeDirectory committees, CommuneDirectory communes) : IPlaceRecognizer
{
    /// <summary>Words after a number that make it a date, an age or a quantity: "du 13 au 20", "le 15 mars", "dans le 15 jours" (and "le 29/03").</summary>
    private static readonly HashSet<string> NotAfterDepartment =
    [
        "au", "a", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "ans", "an", "mois", "jours", "jour", "semaines", "semaine", "h", "heures", "heure", "min", "minutes", "euros", "eur", "kg", "km", "fois",
        "seances", "chimios", "cures", "septembre", "prochain", "dernier", "courant", "avenue", "rue", "boulevard", "bd", "place", "chemin", "allee",
    ];

    public IEnumerable<PlaceMatch> Recognize(PlaceText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var words = IsSpelledDigitByDigit(text, i) ? 2 : 1;
            var code = DepartmentCode(words == 2 ? text.Tokens[i].Folded + text.Tokens[i + 1].Folded : text.Tokens[i].Folded);
            if (code is null || IsDateOrQuantity(text, i + words - 1))
                continue;
            var context = PlaceCues.BeforeDepartmentNumber(text, i);
            if (context == PlaceContext.None)
                continue;
            var point = communes.LargestIn(code);
            yield return new PlaceMatch(code, i, words, (int)context, point?.Lat, point?.Lon);
        }
    }

    /// <summary>"le 9-3", "le 1-3": a department number said digit by digit.</summary>
    private static bool IsSpelledDigitByDigit(PlaceText text, int i) =>
        i + 1 < text.Tokens.Count && text.Tokens[i].Folded.Length == 1 && text.Tokens[i].IsNumber
        && text.Tokens[i + 1].Folded.Length == 1 && text.Tokens[i + 1].IsNumber && text.GapAfter(i) == "-";

    private static bool IsDateOrQuantity(PlaceText text, int i) =>
        NotAfterDepartment.Contains(text.Word(i + 1) ?? "")
        || text.GapAfter(i).TrimStart().StartsWith('%')
        || text.GapAfter(i).StartsWith('/') || text.GapBefore(i).EndsWith('/')
        || (text.Word(i + 1) is "et" or "ou" && i + 2 < text.Tokens.Count && text.Tokens[i + 2].IsNumber);

    private string? DepartmentCode(string word)
    {
        var code = word.ToUpperInvariant();
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterOrDigit))
            return null;
        return committees.Find(code) is not null || communes.LargestIn(code) is not null ? code : null;
    }
}
