namespace KnowledgeBot.Core.Committees;

/// <summary>What the words before a name say about it; the value is the strength of a match found there.</summary>
public enum PlaceContext
{
    /// <summary>No cue: a bare name.</summary>
    None = 1,
    /// <summary>"(13)" after a town name.</summary>
    Parenthesis = 2,
    /// <summary>"à", "au", "sur", "vers", "dans le", "en"...</summary>
    Preposition = 3,
    /// <summary>"près de", "proche de", "à côté de", "région de": only places follow.</summary>
    Near = 4,
    /// <summary>"je suis à", "on est dans le", "code postal".</summary>
    Copula = 5,
    /// <summary>"j'habite à", "il vit seul à", "domiciliée à", "originaire de".</summary>
    Residence = 6,
}
