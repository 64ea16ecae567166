namespace KnowledgeBot.Core.Committees;

/// <summary>
/// Five-digit postal codes ("59000", "code postal 13008", "j'habite au 67200", "97133"), checked against
/// the codes of <c>communes.tsv</c>. Amounts, phone numbers and reference numbers are not postal codes.
/// </summary>
public sealed class PostalCodeRecognizer(CommuneDirectory communes) : IPlaceRecognizer
{
    private static readonly HashSet<string> ReferenceWords =
        ["n", "no", "numero", "num", "dossier", "ref", "reference", "commande", "colis", "facture", "contrat", "adherent", "tel", "telephone", "siret", "siren", "compte", "client", "matricule", "securite", "sociale", "iban"];

    private static readonly HashSet<string> UnitWords =
        ["e", "eur", "euro", "euros", "k", "ke", "km", "m", "kg", "g", "mg", "ans", "an", "habitants", "hab", "personnes", "fois", "pages", "dons", "donateurs", "balles", "boules"];

    public IEnumerable<PlaceMatch> Recognize(PlaceText text)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (token.Folded.Length != 5 || !token.IsNumber || IsPartOfLongerNumber(text, i) || IsAmountOrReference(text, i))
                continue;
            var explicitCue = PlaceCues.IsPostalCodeCue(text, i);
            var department = DepartmentOf(token.Folded, explicitCue);
            if (department is null)
                continue;
            var context = explicitCue ? PlaceContext.Copula : PlaceCues.Before(text, i);
            var commune = communes.WithPostalCode(token.Folded).FirstOrDefault();
            // A five-digit code that exists is a strong sign on its own.
            yield return new PlaceMatch(department, i, 1, Math.Max((int)context, (int)PlaceContext.Copula), commune?.Lat, commune?.Lon);
        }
    }

    private string? DepartmentOf(string code, bool explicitCue)
    {
        var known = communes.WithPostalCode(code);
        if (known.Count > 0)
            return known[0].Department;
        if (!explicitCue)
            return null;
        return code[..2] switch
        {
            "00" => null,
            "20" => string.CompareOrdinal(code, "20200") < 0 ? "2A" : "2B",
            "97" or "98" => code[..3],
            var two => two,
        };
    }

    /// <summary>"01 23 45 67 89", "150 000", "06.12.34.56.78": digit groups glued by spaces, dots or dashes.</summary>
    private static bool IsPartOfLongerNumber(PlaceText text, int i)
    {
        static bool IsGlue(string gap) => gap.Length > 0 && gap.All(ch => ch is ' ' or '.' or '-' or '\u00a0' or '\u202f');
        return (i > 0 && text.Tokens[i - 1].IsNumber && IsGlue(text.GapBefore(i)))
            || (i + 1 < text.Tokens.Count && text.Tokens[i + 1].IsNumber && IsGlue(text.GapAfter(i)))
            || text.GapAfter(i).StartsWith(',') && i + 1 < text.Tokens.Count && text.Tokens[i + 1].IsNumber && text.GapAfter(i).Length == 1;
    }

    private static bool IsAmountOrReference(PlaceText text, int i)
    {
        var gapAfter = text.GapAfter(i).TrimStart();
        if (gapAfter.StartsWith('€') || gapAfter.StartsWith('$') || gapAfter.StartsWith('%') || text.GapBefore(i).TrimEnd().EndsWith('€'))
            return true;
        if (text.GapBefore(i).Contains('°'))
            return true;
        if (i + 1 < text.Tokens.Count && UnitWords.Contains(text.Tokens[i + 1].Folded) && !gapAfter.StartsWith(','))
            return true;
        return i > 0 && ReferenceWords.Contains(text.Tokens[i - 1].Folded);
    }
}
