using System.Text.RegularExpressions;

namespace KnowledgeBot.Core.Privacy;

/// <summary>
/// How personal data is written in French messages. Each pattern's group <c>v</c> (or the whole match) is the data;
/// the rest is the cue that makes it personal ("né le", "rue", "mon fils", a closing formula).
/// </summary>
internal static partial class PersonalDataPatterns
{
    private const string Word = @"\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]*)*";
    private const string Initial = @"\p{Lu}\.";
    private const string Name = $@"(?:{Word}|{Initial})(?:[ \t]+(?:{Word}|{Initial})){{0,3}}";

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    public static partial Regex Email();

    // Personal numbers start 01–07 or 09; 08 numbers (0 800…) are services and helplines, shown on purpose.
    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)33\s?\(?0?\)?\s?|0)[1-79](?:[\s.-]?\d{2}){4}(?!\d)")]
    public static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")]
    public static partial Regex Iban();

    // French social security number: sex, year, month, département (2A/2B in Corsica), commune, order, key.
    [GeneratedRegex(@"(?<!\d)[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?!\d)")]
    public static partial Regex SocialSecurityNumber();

    [GeneratedRegex(@"(?<!\d)(?:\d{4}[\s-]?){3}\d{4}(?!\d)")]
    public static partial Regex CardNumber();

    /// <summary>A number given as a file, claimant, contract or member number.</summary>
    [GeneratedRegex(@"(?i:\b(?:allocataire|dossier|contrat|adh[ée]rent|client|s[ée]cu(?:rit[ée] sociale)?|carte vitale|r[ée]f[ée]rence|matricule|identifiant)\b[^\d\n]{0,25}?)(?<v>[A-Z]{0,4}[-/ ]?\d[\dA-Z/ -]{2,}[\dA-Z])")]
    public static partial Regex CuedIdentifier();

    private const string Month = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
    private const string Date = $@"\d{{1,2}}(?:er)?(?:[\s/.-]+(?:\d{{1,2}}|{Month})[\s/.-]+|\s+(?:{Month})\s+)(?:19|20)?\d{{2}}";

    [GeneratedRegex($@"(?i:\bn[ée]e?s?\s+(?:le\s+)?|date\s+de\s+naissance\s*:?\s*|\bddn\s*:?\s*)(?<v>{Date})")]
    public static partial Regex BirthDate();

    private const string Street = "rue|avenue|av\\.|boulevard|bd|chemin|all[ée]e|impasse|place|route|quai|cours|square|r[ée]sidence|lotissement|hameau|voie|sentier|passage|cit[ée]";

    [GeneratedRegex($@"(?<v>\b\d{{1,4}}\s?(?:bis|ter|[a-d])?,?\s+(?i:{Street})\b[^,.;:!?\n\d()]{{1,40}}?(?:\s+(?i:appt|apt|app\.|appartement|bât\.?|esc\.?)\s*\w+)?)(?=\s*(?:[,.;:!?\n()]|\d{{5}}|$|\s(?:à|a|au|dans|pr[èe]s|et|je|on|mais)\b))")]
    public static partial Regex StreetAddress();

    /// <summary>Said so plainly that even a name written in lower case is one: « je m'appel kevin », « c moi yasmina ».</summary>
    [GeneratedRegex(@"(?i:\bje\s+m['’ ]?\s?appel+e?\s+|\b(?:c|c['’]est|cest)\s+moi\s+)(?<v>\p{L}[\p{L}'’-]+)")]
    public static partial Regex PlainlyIntroducedName();

    [GeneratedRegex(@"\b(?i:lieu[- ]dit)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\b(?i:r[ée]sidence|b[âa]timent|b[âa]t\.|appartement|appt|apt\.?|escalier|esc\.|hameau|lotissement)\s+(?:(?i:des|du|de\s+la|de|les|le|la)\s+)?[\p{Lu}\d][\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*")]
    public static partial Regex Locality();

    /// <summary>A title before a name: « Mme Dupont », « M. Zieliński », « Mme veuve Delattre », « Dr Benali ».</summary>
    [GeneratedRegex($@"(?:\b(?:M\.|Mr|Mme|Mlle|Mmes|(?i:madame|monsieur|mademoiselle|docteur|dr|pr|professeur|ma[iî]tre))\.?\s+(?:(?i:veuve|veuf)\s+)?)(?<v>{Name})")]
    public static partial Regex TitledName();

    /// <summary>A kinship or social word before a capitalised name: « mon fils Lucas », « ma voisine, Rose ».</summary>
    [GeneratedRegex($@"\b(?i:(?:mon|ma|mes|notre|votre|son|sa)\s+(?:petit-fils|petite-fille|petits-enfants|fils|fille|mari|femme|[ée]pou(?:x|se)|compagnon|compagne|conjointe?|concubine?|fr[èe]re|s(?:œ|oe)ur|p[èe]re|m[èe]re|maman|papa|oncle|tante|neveu|ni[èe]ce|cousine?|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy|beau-p[èe]re|belle-m[èe]re|belle-s(?:œ|oe)ur|beau-fr[èe]re|gendre|belle-fille|beau-fils|amie?|copain|copine|voisine?|filleule?|b[ée]b[ée]|enfant|ado|petite?|a[iî]n[ée]e?|cadette?)|\b(?:la|le)\s+b[ée]n[ée]vole|\btitulaire(?:\s+du\s+compte)?),?\s*:?\s+(?<v>{Name})")]
    public static partial Regex RelativeName();

    /// <summary>A person naming themselves: « je m'appelle Nadia », « je suis Nadia », « moi c'est Paulo ».</summary>
    [GeneratedRegex($@"(?i:\bje\s+m['’ ]?\s?appel+e?\s+|\bje\s+me\s+nomme\s+|\bje\s+suis\s+|\bnom(?:\s+et\s+pr[ée]nom)?\s*:\s*|\bpr[ée]nom\s*:\s*|\bmerci\s+(?:[àa]\s+)?|\bmoi\s+c['’]?est\s+|\bc['’]est\s+|\bici\s+|\bde\s+la\s+part\s+de\s+|\bsign[ée]e?\s*:?\s*|\bbonjour,?\s+|\bbonsoir,?\s+|\bcoucou\s+|\bsalut\s+|\bcher\s+|\bch[èe]re\s+)(?<v>{Name})")]
    public static partial Regex IntroducedName();

    /// <summary>A line that is only a name (a signature above an address), or a name closing the message after a closing formula or a sentence.</summary>
    [GeneratedRegex($@"(?m:^[ \t]*(?:-+[ \t]*)?(?<v>{Name})[ \t]*[.!]?[ \t]*\r?$)|(?:(?i:cordialement|bien\s+(?:à|a)\s+vous|amicalement|sinc[èe]rement|salutations(?:\s+distingu[ée]es)?|merci(?:\s+(?:d['’]avance|beaucoup|encore|pour\s+tout|[àa]\s+vous))?|bonne\s+(?:journ[ée]e|soir[ée]e)|bises|bisous|respectueusement)\s*[,.!]*|[.!?…])\s+(?<v>{Name})\s*[.!]?\s*$")]
    public static partial Regex Signature();

    /// <summary>A name given with its date of birth: « Claire Duchêne, née le… ».</summary>
    [GeneratedRegex($@"(?<v>{Name}),?\s+n[ée]e?\s+le\b")]
    public static partial Regex NameWithBirthDate();
}
