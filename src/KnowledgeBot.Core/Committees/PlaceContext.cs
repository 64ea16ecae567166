namespace KnowledgeBot.Core.Committees;

/// <summary>What the words before a name say about it; the value is the strength of a match found there.</summary>
public enum PlaceContext
{
    /// <summary>No cue: a bare name.</summary>
    None = 1,
    /// <summary>"le CHU de Limoges", "une maman d'Angers", "(de Toulouse)": a place the person is linked to, said in passing.</summary>
    Of = 2,
    /// <summary>"(13)" after a town name.</summary>
    Parenthesis = 3,
    /// <summary>"à", "au", "sur", "vers", "dans le", "en"...</summary>
    Preposition = 4,
    /// <summary>"Limoges. Perruques gratuites ?", "[saint-sever] Bonjour", "… merci. Limoges": the name alone opens or closes the message.</summary>
    Heading = 5,
    /// <summary>"près de", "proche de", "à côté de", "région de", "département du": only places follow.</summary>
    Near = 6,
    /// <summary>"je suis à", "on est dans le", "je viens de", "code postal", "Reims ici", "ici la Réunion".</summary>
    Copula = 7,
    /// <summary>"il vit seul à", "domiciliée à", "originaire de", "habitante de": where someone lives.</summary>
    Residence = 8,
    /// <summary>"j'habite à", "nous vivons à", "je suis installée à", "rentrée chez moi à": where the writer lives now.</summary>
    WriterResidence = 9,
}
