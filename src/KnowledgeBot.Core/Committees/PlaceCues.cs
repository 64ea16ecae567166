namespace KnowledgeBot.Core.Committees;

/// <summary>Reads the words before a place name: "j'habite à", "près de", "dans le", "code postal"...</summary>
public static class PlaceCues
{
    private static readonly HashSet<string> ResidenceVerbs =
    [
        "habite", "habites", "habitons", "habitez", "habitent", "habiter", "jhabite",
        "vis", "vit", "vivons", "vivez", "vivent", "vivre", "jvis",
        "reside", "resides", "residons", "residez", "resident", "demeure", "demeurons",
        "domicilie", "domiciliee", "domicilies", "domiciliees", "installe", "installee", "installes", "installees",
        "demenage", "demenagee", "arrive", "arrivee", "arrives", "arrivees", "originaire", "originaires",
    ];

    /// <summary>Forms that are first person whatever comes before them.</summary>
    private static readonly HashSet<string> FirstPersonForms = ["habitons", "vivons", "residons", "demeurons", "jhabite", "jvis"];

    private static readonly HashSet<string> FirstPersonSubjects = ["j", "je", "on", "nous"];

    /// <summary>A former home is only a place named: "j'habitais à Rennes, désormais je vis à Vannes".</summary>
    private static readonly HashSet<string> PastResidenceVerbs =
        ["habitais", "habitait", "habitaient", "habitions", "vivais", "vivait", "vivaient", "vivions", "residais", "residait", "demeurait"];

    private static readonly HashSet<string> Copulas = ["suis", "sommes", "est", "sont", "etes", "es", "jsuis", "chui", "chuis", "jsui", "reste", "restons"];

    /// <summary>Verbs that say where the person comes from: "je viens de Béziers".</summary>
    private static readonly HashSet<string> ComingVerbs = ["viens", "vient", "venons", "venez", "viennent"];

    /// <summary>Nouns for the people of a place: "habitante de Colmar".</summary>
    private static readonly HashSet<string> InhabitantNouns = ["habitant", "habitante", "habitants", "habitantes", "residant", "residante", "resident", "residente"];

    /// <summary>The words that make a complement of the next name: "de", "d'", "du" (de le), "des" (de les).</summary>
    private static readonly HashSet<string> Of = ["de", "d", "du", "des"];

    /// <summary>Words that may stand between the verb and the preposition: "il vit seul à".</summary>
    private static readonly HashSet<string> Fillers =
        ["seul", "seule", "seuls", "seules", "actuellement", "maintenant", "toujours", "aussi", "ici", "donc", "encore", "desormais", "plutot", "bien", "juste", "tous", "pas", "loin", "tout", "pres"];

    private static readonly HashSet<string> SimplePrepositions = ["a", "au", "aux", "sur", "vers", "dans", "en"];

    /// <summary>Nouns that, followed by "de", introduce a place: "près de", "proche de", "à côté de", "région de".</summary>
    private static readonly HashSet<string> NearNouns =
        ["pres", "proche", "cote", "loin", "region", "environs", "alentours", "autour", "secteur", "commune", "ville", "coin", "originaire", "originaires", "agglomeration", "agglo", "banlieue", "peripherie", "comite", "comites", "departement", "dept", "dpt"];

    /// <summary>"département Loiret", "département : landes": a department name may follow without "de".</summary>
    private static readonly HashSet<string> DepartmentWords = ["departement", "dept", "dpt"];

    private static readonly HashSet<string> Articles = ["le", "la", "les", "l"];

    /// <summary>
    /// The cue around the name at words <paramref name="first"/> … first+count-1: the words before it, or "ici" after it
    /// ("Reims ici"), or nothing before it and a stop after it ("Limoges. Perruques ?", "[saint-sever] Bonjour"), or a
    /// sentence end before it and nothing after it, as a signature ("… avant quelle date ? Limoges").
    /// </summary>
    public static PlaceContext Around(PlaceText text, int first, int count)
    {
        var before = Before(text, first);
        if (before >= PlaceContext.Copula)
            return before;
        if (text.Word(first + count) == "ici")
            return PlaceContext.Copula;
        return before == PlaceContext.None && (IsHeading(text, first, count) || IsSignature(text, first, count)) ? PlaceContext.Heading : before;
    }

    private static bool IsSignature(PlaceText text, int first, int count)
    {
        if (first + count != text.Tokens.Count || text.GapAfter(first + count - 1).Trim().Trim('.', '!', ')', ']').Length > 0)
            return false;
        var start = first > 0 && Articles.Contains(text.Word(first - 1)!) ? first - 1 : first;
        var gapBefore = text.GapBefore(start).TrimEnd(' ', '\t');
        return start > 0 && gapBefore.Length > 0 && gapBefore[^1] is '.' or '!' or '?' or '\n' or '\r';
    }

    private static bool IsHeading(PlaceText text, int first, int count)
    {
        var start = first > 0 && Articles.Contains(text.Word(first - 1)!) ? first - 1 : first;
        if (start > 0 || text.GapBefore(start).Trim().Trim('[', '(', '"', '«').Length > 0)
            return false;
        var gapAfter = text.GapAfter(first + count - 1);
        var stop = gapAfter.TrimStart(' ', '\t');
        return first + count == text.Tokens.Count || (stop.Length > 0 && stop[0] is '.' or ':' or ']' or ')' or '!' or '\n' or '\r');
    }

    /// <summary>The cue before the word at <paramref name="index"/>.</summary>
    public static PlaceContext Before(PlaceText text, int index)
    {
        // The article may belong to the name or not: "à la Rochelle", "dans la Creuse", "comité de la Côte-d'Or".
        if (Articles.Contains(text.Word(index - 1) ?? ""))
            index--;
        var cueStart = PrepositionStart(text, index);
        if (cueStart is null)
            return ResidenceVerbs.Contains(text.Word(index - 1) ?? "") ? ResidenceOf(text, index - 1) : OfContext(text, index);
        if (text.Word(cueStart.Value) == "ici")
            return PlaceContext.Copula;
        var verb = VerbBefore(text, cueStart.Value);
        if (verb >= PlaceContext.Residence)
            return verb.Value;
        return IsNearPhrase(text, index) ? PlaceContext.Near : verb ?? PlaceContext.Preposition;
    }

    /// <summary>"dans le 13", "du 13", "département 13": the cues that announce a department number.</summary>
    public static PlaceContext BeforeDepartmentNumber(PlaceText text, int index)
    {
        var previous = text.Word(index - 1);
        int cueStart;
        if (previous is "departement" or "dep" or "dept" or "dpt" or "departements")
            cueStart = index - 1;
        else if (previous is "le" && text.Word(index - 2) is "dans")
            cueStart = index - 2;
        else if (previous is "du" && text.Word(index - 2) is "departement" or "dep" or "dept" or "dpt")
            cueStart = index - 2;
        else if (previous is "du" or "le")
            return VerbBefore(text, index - 1) ?? PlaceContext.None;
        else if (text.GapBefore(index).TrimEnd().EndsWith('(') && text.GapAfter(index).TrimStart().StartsWith(')'))
            return PlaceContext.Parenthesis;
        else
            return PlaceContext.None;
        return VerbBefore(text, cueStart) ?? PlaceContext.Preposition;
    }

    /// <summary>"code postal 13008", "cp 59000".</summary>
    public static bool IsPostalCodeCue(PlaceText text, int index) =>
        text.Word(index - 1) is "cp" or "code" or "postal"
        || (text.Word(index - 1) is "est" or "de" or "c" && text.Word(index - 2) is "postal" or "cp");

    /// <summary>"habitante de Colmar" is where she lives; "le CHU de Limoges", "une maman d'Angers" only tie the person to the place.</summary>
    private static PlaceContext OfContext(PlaceText text, int index)
    {
        if (!Of.Contains(text.Word(index - 1) ?? ""))
            return PlaceContext.None;
        return InhabitantNouns.Contains(text.Word(index - 2) ?? "") ? PlaceContext.Residence : PlaceContext.Of;
    }

    /// <summary>The writer's home ("j'habite", "nous vivons", "je suis installée") or someone else's ("ma mère vit").</summary>
    private static PlaceContext ResidenceOf(PlaceText text, int verb)
    {
        var word = text.Word(verb)!;
        var subject = text.Word(verb - 1) ?? "";
        var writer = FirstPersonForms.Contains(word) || FirstPersonSubjects.Contains(subject)
            || (Copulas.Contains(subject) && FirstPersonSubjects.Contains(text.Word(verb - 2) ?? ""));
        return writer ? PlaceContext.WriterResidence : PlaceContext.Residence;
    }

    private static bool IsNearPhrase(PlaceText text, int index) =>
        (text.Word(index - 1) is "de" or "d" or "du" && NearNouns.Contains(text.Word(index - 2) ?? "")) || DepartmentWords.Contains(text.Word(index - 1) ?? "");

    /// <summary>Index of the first word of the preposition phrase ending just before <paramref name="index"/>, or null.</summary>
    private static int? PrepositionStart(PlaceText text, int index)
    {
        var previous = text.Word(index - 1);
        if (previous is null)
            return null;
        if (previous is "de" or "d" or "du" && NearNouns.Contains(text.Word(index - 2) ?? ""))
            return text.Word(index - 3) is "a" or "au" or "du" or "de" or "pas" ? index - 3 : index - 2;
        if (SimplePrepositions.Contains(previous) || DepartmentWords.Contains(previous))
            return index - 1;
        // "ici la Réunion", "ici Brest".
        if (previous == "ici")
            return index - 1;
        // "Bonjour de Tahiti", "je suis de Brest", "je suis du Gers", "je viens des Ulis".
        var beforeOf = text.Word(index - 2) ?? "";
        if (Of.Contains(previous) && (beforeOf is "bonjour" or "bonsoir" or "salut" or "coucou" || Copulas.Contains(beforeOf) || ComingVerbs.Contains(beforeOf)))
            return index - 1;
        return null;
    }

    private static PlaceContext? VerbBefore(PlaceText text, int cueStart)
    {
        for (var i = cueStart - 1; i >= 0 && i >= cueStart - 4; i--)
        {
            var word = text.Word(i)!;
            if (ResidenceVerbs.Contains(word))
                return ResidenceOf(text, i);
            if (PastResidenceVerbs.Contains(word))
                return PlaceContext.Preposition;
            if (word is "moi" or "nous" && text.Word(i - 1) == "chez")
                return PlaceContext.WriterResidence;
            if (Copulas.Contains(word) || ComingVerbs.Contains(word))
                return PlaceContext.Copula;
            if (!Fillers.Contains(word))
                return null;
        }
        return null;
    }
}
