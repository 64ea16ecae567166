using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Tests;

/// <summary>A few fiche-like documents written for the tests (the benchmark itself learns from the real fiches).</summary>
internal static class SampleDocuments
{
    public static readonly IReadOnlyList<Document> Fiches =
    [
        Fiche("F1", "Congé de maladie du salarié", [
            ("Indemnités journalières", "Le salarié en arrêt de travail reçoit des indemnités journalières de la caisse d'assurance maladie. Le versement commence après un délai de carence de trois jours. Les indemnités sont calculées sur le salaire des trois derniers mois."),
            ("Démarches", "Le salarié envoie l'avis d'arrêt de travail à sa caisse dans les deux jours. L'employeur transmet une attestation de salaire. La caisse verse ensuite les indemnités tous les quatorze jours.")]),
        Fiche("F2", "Allocation aux adultes handicapés", [
            (null, "L'allocation aux adultes handicapés assure un minimum de ressources. Elle est versée par la caisse d'allocations familiales. Son montant dépend des ressources du foyer."),
            ("Conditions", "Le taux d'incapacité doit être d'au moins quatre-vingts pour cent. La demande se fait auprès de la maison départementale des personnes handicapées. La décision est prise par la commission.")]),
        Fiche("F3", "Prothèse capillaire et traitement thérapeutique", [
            ("Remboursement", "La prothèse capillaire est remboursée par l'assurance maladie sur prescription médicale. Le remboursement dépend de la catégorie de la prothèse. Une complémentaire santé peut prendre en charge le reste.")]),
    ];

    private static Document Fiche(string id, string title, (string? Heading, string Text)[] sections) => new()
    {
        Id = $"https://www.service-public.fr/particuliers/vosdroits/{id}",
        Url = $"https://www.service-public.fr/particuliers/vosdroits/{id}",
        Title = title,
        Kind = DocumentKind.Fiche,
        Sections = [.. sections.Select(s => new DocumentSection(s.Heading, s.Text))],
    };
}
