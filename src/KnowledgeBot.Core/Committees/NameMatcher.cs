namespace KnowledgeBot.Core.Committees;

/// <summary>When a run of words that spells a place name is meant as a place.</summary>
public static class NameMatcher
{
    private static readonly HashSet<string> Articles = ["le", "la", "les", "l"];
    private static readonly HashSet<string> Titles = ["m", "mr", "mme", "mlle", "monsieur", "madame", "dr", "docteur", "pr", "professeur", "chez"];

    /// <summary>Words for people: a bare name after them is a person ("ma sœur Nancy", "ma petite-fille Valentine").</summary>
    private static readonly HashSet<string> PersonNouns =
    [
        "soeur", "frere", "fille", "fils", "mari", "femme", "epouse", "epoux", "mere", "pere", "maman", "papa", "tante", "oncle",
        "cousin", "cousine", "neveu", "niece", "ami", "amie", "copain", "copine", "voisin", "voisine", "collegue", "compagnon",
        "compagne", "conjoint", "conjointe", "filleul", "filleule", "enfant", "bebe", "patient", "patiente", "benevole", "prenom",
    ];

    /// <summary>Words of thanks: "merci à Salomé" thanks a person.</summary>
    private static readonly HashSet<string> Thanks = ["merci", "bravo", "remerciements", "grace"];

    /// <summary>Below this population a place named like a common word and a first name ("merci à Marie") is taken only where the person says they live.</summary>
    private const int FirstNamePlacePopulation = 10_000;

    /// <summary>
    /// A town this big (INSEE's medium town) is meant even when its name is a common word or a first name: written in
    /// lower case after "je suis de", "on est au" ("je suis de cambrai", "on est au mans"), alone at the start
    /// ("Limoges. Perruques ?"), or capitalised after "de" ("le CHU de Limoges").
    /// </summary>
    private const int BigTownPopulation = 20_000;

    /// <summary>
    /// A name that is also a common word ("Sens", "Vue", "Le Port") needs a place-like context and, unless the
    /// person says they live there or near it, a capital letter. Any other name is taken after a preposition, or bare when
    /// capitalised and not after "de" or a title ("le marathon de Paris", "Dr Vincent").
    /// </summary>
    /// <param name="population">Population of the place, when it is a commune.</param>
    /// <param name="articleMatters">
    /// A lower-case common word next to an article is not taken even where the person lives ("j'habite à la
    /// campagne", "à la montagne": communes exist with those names); a longer name is ("la chapelle faucher").
    /// </param>
    public static bool Accepts(PlaceText text, int first, int count, string key, PlaceContext context, PlaceVocabulary vocabulary, int? population = null, bool articleMatters = false)
    {
        var capitalized = IsCapitalized(text, first, count);
        var ambiguous = vocabulary.IsAmbiguous(key);
        if (context is >= PlaceContext.Residence or PlaceContext.Near)
            return !ambiguous || capitalized || !(articleMatters && NextToAnArticle(text, first) && PlaceVocabulary.ContentWords(key) <= 1);
        // A bare name, or a complement ("le CHU de Limoges"), is a place only when written as a proper name that is
        // nothing else, or that of a big town: "Lyon" and "Toulouse" are also surnames, "de Limoges" is not a common
        // word (a bare "Orange" may well be one).
        if (context <= PlaceContext.Of)
        {
            var big = population >= BigTownPopulation;
            return capitalized && !IsAfterPersonWord(text, first)
                && (!ambiguous || (context == PlaceContext.Of && big)) && (!vocabulary.IsFirstName(key) || big);
        }
        if (vocabulary.IsFirstName(key) && text.Word(first - 1) is "a" && Thanks.Contains(text.Word(first - 2) ?? ""))
            return false;
        if (context == PlaceContext.Heading)
            return (!(ambiguous || vocabulary.IsFirstName(key))) || population >= BigTownPopulation;
        if (ambiguous)
            return (capitalized || (context >= PlaceContext.Copula && population >= BigTownPopulation && !NextToAnArticle(text, first)))
                && !(text.Word(first - 1) is "a" && vocabulary.IsFirstName(key) && population < FirstNamePlacePopulation);
        return true;
    }

    /// <summary>"Dr Vincent", "ma sœur Nancy", "c'est Yves": a name that follows them is a person.</summary>
    private static bool IsAfterPersonWord(PlaceText text, int first)
    {
        var previous = text.Word(first - 1) ?? "";
        return Titles.Contains(previous) || PersonNouns.Contains(previous) || (previous == "est" && text.Word(first - 2) == "c");
    }

    private static bool NextToAnArticle(PlaceText text, int first) =>
        Articles.Contains(text.Word(first) ?? "") || Articles.Contains(text.Word(first - 1) ?? "");

    /// <summary>The first word that is not an article is written with a capital letter.</summary>
    private static bool IsCapitalized(PlaceText text, int first, int count)
    {
        var i = first;
        while (i < first + count - 1 && Articles.Contains(text.Tokens[i].Folded))
            i++;
        return text.Tokens[i].IsCapitalized;
    }
}
