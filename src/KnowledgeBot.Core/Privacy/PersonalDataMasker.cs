using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBot.Core.Privacy;

/// <summary>
/// Finds personal data in a message or a reply (names, phone numbers, e-mail and postal addresses, dates of birth,
/// identifiers) and replaces it with placeholders, so that an approved reply can become reusable knowledge.
/// Names are found from their cues (a title, a kinship word, a self-introduction, a greeting, a signature); once
/// found, the same name is masked wherever else it occurs in the text.
/// </summary>
public sealed class PersonalDataMasker
{
    private static readonly (Regex Pattern, PersonalDataKind Kind)[] Patterns =
    [
        (PersonalDataPatterns.Email(), PersonalDataKind.Email),
        (PersonalDataPatterns.Iban(), PersonalDataKind.Identifier),
        (PersonalDataPatterns.SocialSecurityNumber(), PersonalDataKind.Identifier),
        (PersonalDataPatterns.CardNumber(), PersonalDataKind.Identifier),
        (PersonalDataPatterns.CuedIdentifier(), PersonalDataKind.Identifier),
        (PersonalDataPatterns.BirthDate(), PersonalDataKind.BirthDate),
        (PersonalDataPatterns.Phone(), PersonalDataKind.Phone),
        (PersonalDataPatterns.StreetAddress(), PersonalDataKind.Address),
        (PersonalDataPatterns.Locality(), PersonalDataKind.Address),
        (PersonalDataPatterns.TitledName(), PersonalDataKind.Name),
        (PersonalDataPatterns.RelativeName(), PersonalDataKind.Name),
        (PersonalDataPatterns.NameWithBirthDate(), PersonalDataKind.Name),
        (PersonalDataPatterns.IntroducedName(), PersonalDataKind.Name),
        (PersonalDataPatterns.PlainlyIntroducedName(), PersonalDataKind.Name),
        (PersonalDataPatterns.Signature(), PersonalDataKind.Name),
    ];

    /// <summary>Capitalised words that follow a name's cues without being names (greetings, titles, institutions, sentence words).</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "madame", "monsieur", "mademoiselle", "messieurs", "mesdames", "mme", "mlle", "m.", "mr", "veuve", "docteur", "dr", "professeur",
        "maître", "tous", "toutes", "à", "a", "infiniment", "bcp", "merci", "respectueusement", "salutations", "distinguées", "agréer",
        "la", "le", "les", "l'équipe", "équipe", "association", "ligue", "comité", "président", "présidente", "directeur", "directrice",
        "je", "j'ai", "nous", "vous", "il", "elle", "on", "merci", "bonjour", "bonsoir", "cordialement", "salutations", "amicalement",
        "urgent", "important", "vrai", "faux", "normal", "possible", "gentil", "gentille", "moi", "lui", "ça", "ce", "cela", "mon", "ma",
        "mes", "votre", "vos", "notre", "nos", "un", "une", "des", "du", "de", "et", "ou", "mais", "donc", "car", "si", "oui", "non",
        "cpam", "caf", "mdph", "aah", "ald", "ameli", "sécu", "mutuelle", "chu", "hôpital", "institut", "centre", "clinique", "pôle",
        "france", "emploi", "travail", "service", "services", "public", "cancer", "chimio", "chimiothérapie", "radiothérapie",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "ps", "p.s.", "nb", "bonne", "bon", "bien", "belle", "très",
        "encore", "aussi", "enfin", "voilà", "svp", "stp", "help", "aide", "sos", "ok", "d'avance", "beaucoup", "pour", "avec", "sans",
    };

    public MaskedText Mask(string text)
    {
        var found = new List<PersonalDataItem>();
        foreach (var (pattern, kind) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var value = match.Groups["v"].Success ? match.Groups["v"] : (Group)match;
                if (kind == PersonalDataKind.Name)
                    AddName(found, value.Index, value.Value);
                else
                    found.Add(new PersonalDataItem(kind, value.Index, value.Length, value.Value));
            }
        }
        AddOtherMentionsOfNames(found, text);
        var items = WithoutOverlaps(found, text);
        return new MaskedText(Replace(text, items), items);
    }

    /// <summary>Keeps, of the capitalised words after a cue, the first run that is not a known non-name.</summary>
    private static void AddName(List<PersonalDataItem> found, int start, string value)
    {
        var words = Regex.Matches(value, @"\S+").ToList();
        var first = words.FindIndex(IsName);
        if (first < 0)
            return;
        var last = first;
        while (last + 1 < words.Count && IsName(words[last + 1]))
            last++;
        var from = words[first].Index;
        var name = value[from..(words[last].Index + words[last].Length)].TrimEnd(',');
        if (name.Length >= 2)
            found.Add(new PersonalDataItem(PersonalDataKind.Name, start + from, name.Length, name));
    }

    private static bool IsName(Match word) => !NotNames.Contains(word.Value.TrimEnd('.', ','));

    private static void AddOtherMentionsOfNames(List<PersonalDataItem> found, string text)
    {
        var names = found.Where(i => i.Kind == PersonalDataKind.Name)
            .SelectMany(i => i.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2 && !w.EndsWith('.'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            foreach (Match mention in Regex.Matches(text, $@"(?<![\p{{L}}-]){Regex.Escape(name)}(?![\p{{L}}-])"))
                found.Add(new PersonalDataItem(PersonalDataKind.Name, mention.Index, mention.Length, mention.Value));
        }
    }

    /// <summary>Overlapping findings merged into the longest, in text order.</summary>
    private static List<PersonalDataItem> WithoutOverlaps(List<PersonalDataItem> found, string text)
    {
        var kept = new List<PersonalDataItem>();
        foreach (var item in found.OrderBy(i => i.Start).ThenByDescending(i => i.Length))
        {
            if (kept.Count > 0 && item.Start < kept[^1].Start + kept[^1].Length)
            {
                var last = kept[^1];
                if (item.Start + item.Length > last.Start + last.Length)
                {
                    var length = item.Start + item.Length - last.Start;
                    kept[^1] = last with { Length = length, Value = text.Substring(last.Start, length) };
                }
                continue;
            }
            kept.Add(item);
        }
        return kept;
    }

    private static string Replace(string text, IReadOnlyList<PersonalDataItem> items)
    {
        var masked = new StringBuilder(text.Length);
        var at = 0;
        foreach (var item in items)
        {
            masked.Append(text, at, item.Start - at).Append(PersonalDataPlaceholders.For(item.Kind));
            at = item.Start + item.Length;
        }
        return masked.Append(text, at, text.Length - at).ToString();
    }
}
