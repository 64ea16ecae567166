using KnowledgeBot.Crawler.Robots;

namespace KnowledgeBot.Crawler.Policy;

public enum SkipKind
{
    RobotsTxt,
    OutsideAllowList,
    DenyList,
    NoIndex,
    CanonicalElsewhere,
    HttpStatus,
    NotHtml,
    TooLarge,
    RedirectLoop,
    TooManyRedirects,
    FetchError,
    DepthLimit,
    PageLimit,
}

/// <summary>Why a URL was not indexed: a kind to count by, and a sentence a community manager understands.</summary>
public sealed record SkipReason(SkipKind Kind, string Text)
{
    public override string ToString() => Text;

    /// <summary>A short French label for a kind of reason, for crawl summaries.</summary>
    public static string Label(SkipKind kind) => kind switch
    {
        SkipKind.RobotsTxt => "bloquées par robots.txt",
        SkipKind.OutsideAllowList => "hors des préfixes autorisés (liens vers d'autres sites)",
        SkipKind.DenyList => "exclues par la deny-list",
        SkipKind.NoIndex => "noindex",
        SkipKind.CanonicalElsewhere => "copies d'une autre page (canonical ailleurs)",
        SkipKind.HttpStatus => "erreur HTTP (404, 410…)",
        SkipKind.NotHtml => "pas une page HTML",
        SkipKind.TooLarge => "trop volumineuses",
        SkipKind.RedirectLoop => "boucle de redirections",
        SkipKind.TooManyRedirects => "trop de redirections",
        SkipKind.FetchError => "erreur de téléchargement",
        SkipKind.DepthLimit => "profondeur limite atteinte",
        SkipKind.PageLimit => "nombre maximal de pages atteint",
        _ => kind.ToString(),
    };

    /// <summary>A disallowing verdict: the rule and line that matched, or why the whole site is off limits.</summary>
    public static SkipReason Robots(RobotsTxt robots, RobotsVerdict verdict) => new(SkipKind.RobotsTxt, verdict.MatchedRule is { Line: > 0 } rule
        ? $"robots.txt « {rule} » (ligne {rule.Line}) : le site demande de ne pas explorer cette adresse"
        : robots.Description);

    public static SkipReason OutsideAllowList(string url) =>
        new(SkipKind.OutsideAllowList, $"hors des préfixes autorisés : {url} n'appartient à aucun préfixe de la liste d'autorisation");

    public static SkipReason DenyList(string prefix) =>
        new(SkipKind.DenyList, $"deny-list « {prefix} » : ce préfixe est exclu par la configuration");

    public static SkipReason NoIndex(string where) =>
        new(SkipKind.NoIndex, $"noindex ({where}) : la page demande à ne pas être indexée");

    public static SkipReason CanonicalElsewhere(Uri canonical) =>
        new(SkipKind.CanonicalElsewhere, $"canonical ailleurs ({canonical}) : la page est une copie, seule l'adresse canonique est indexée");

    public static SkipReason SameDocument(string id) =>
        new(SkipKind.CanonicalElsewhere, $"même page que {id}, déjà indexée sous cette adresse");

    public static SkipReason HttpStatus(int status) =>
        new(SkipKind.HttpStatus, $"HTTP {status} : le serveur n'a pas renvoyé la page");

    public static SkipReason NotHtml(string? contentType) =>
        new(SkipKind.NotHtml, $"type de contenu {contentType ?? "inconnu"} : seules les pages HTML sont indexées");

    public static SkipReason TooLarge(long limit) =>
        new(SkipKind.TooLarge, $"taille limite dépassée (plus de {limit} octets) : page trop volumineuse");

    public static SkipReason RedirectLoop(Uri url) =>
        new(SkipKind.RedirectLoop, $"boucle de redirections (retour à {url}) : la page ne s'affiche jamais");

    public static SkipReason TooManyRedirects(int limit) =>
        new(SkipKind.TooManyRedirects, $"plus de {limit} redirections successives : abandon");

    public static SkipReason FetchError(string problem) =>
        new(SkipKind.FetchError, $"erreur de téléchargement : {problem}");

    public static SkipReason DepthLimit(int depth) =>
        new(SkipKind.DepthLimit, $"profondeur limite atteinte ({depth} liens depuis le point de départ)");

    public static SkipReason PageLimit(int pages) =>
        new(SkipKind.PageLimit, $"nombre maximal de pages atteint ({pages})");
}
