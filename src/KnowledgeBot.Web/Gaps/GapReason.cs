namespace KnowledgeBot.Web.Gaps;

/// <summary>Why a message says the material answered it badly.</summary>
public enum GapReason
{
    /// <summary>Drafting found too little reliable material (the draft said an expert would answer).</summary>
    LowConfidence,
    /// <summary>The best draft cited no source.</summary>
    NoSource,
    /// <summary>A CM flagged one of its drafts.</summary>
    Flagged,
    /// <summary>The CM rewrote most of the draft before sending it.</summary>
    HeavyEdit,
    Rejected,
}

public static class GapReasons
{
    public static string French(this GapReason reason) => reason switch
    {
        GapReason.LowConfidence => "confiance faible",
        GapReason.NoSource => "aucune source",
        GapReason.Flagged => "brouillon signalé",
        GapReason.HeavyEdit => "brouillon très modifié",
        _ => "message rejeté",
    };
}
