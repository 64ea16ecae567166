namespace KnowledgeBot.Core.Search;

/// <summary>Ranking settings ("KnowledgeBot:Search"); the defaults are tuned on eval/dev.jsonl.</summary>
public sealed class SearchOptions
{
    public const string Section = "KnowledgeBot:Search";

    /// <summary>Weight of each indexed field in a passage's score.</summary>
    public Dictionary<string, float> FieldBoosts { get; set; } = new()
    {
        ["title"] = 2.0f,
        ["question"] = 1.5f,
        ["heading"] = 1.2f,
        ["description"] = 1.0f,
        ["tags"] = 0.8f,
        ["text"] = 1.0f,
    };

    /// <summary>
    /// Weight of each whole-document field for a short query (<see cref="ShortQueryWords"/>), which ranks whole
    /// documents: the few words the CM types are spread over a fiche's sections more often than gathered in one passage.
    /// </summary>
    public Dictionary<string, float> DocumentFieldBoosts { get; set; } = new()
    {
        ["document_title"] = 1.0f,
        ["document_text"] = 1.0f,
    };

    /// <summary>Weight of a term that only the lay-synonym step brought in.</summary>
    public float SynonymWeight { get; set; } = 1f;

    /// <summary>Multiplies a document's score by its kind: the association's own pages and answers come first.</summary>
    public Dictionary<string, float> KindWeights { get; set; } = new()
    {
        ["page"] = 1.0f,
        ["answer"] = 1.0f,
        ["fiche"] = 0.35f,
    };

    /// <summary>
    /// A query of at most this many words (after analysis) names a topic, whoever it is addressed to: whole documents
    /// are ranked (<see cref="DocumentFieldBoosts"/>), since its few words are spread over a fiche's sections more often
    /// than gathered in one passage. <see cref="KindWeights"/> apply to messages, which the association's own material
    /// answers best, not to keyword queries (<see cref="QueryShape"/>) of any length.
    /// </summary>
    public int ShortQueryWords { get; set; } = 5;

    /// <summary>
    /// A question of at most <see cref="ShortQueryWords"/> words that is addressed to someone (« ai-je droit au chômage
    /// ? ») names a topic like a keyword query but asks the association: <see cref="KindWeights"/> apply to the power of
    /// this (0.5: fiches × 0.59 instead of × 0.35).
    /// </summary>
    public float ShortQuestionKindWeightExponent { get; set; } = 0.5f;

    /// <summary>Multiplies the score of an answer approved by the CM that no expert has validated yet.</summary>
    public float PendingValidationWeight { get; set; } = 0.8f;

    /// <summary>A document scores its best passage plus this share of its other matching passages.</summary>
    public float OtherPassagesWeight { get; set; } = 0f;

    /// <summary>A passage's score is multiplied by (share of the question's terms it matches) to this power.</summary>
    public float CoordExponent { get; set; } = 1.5f;

    /// <summary>How many passages are collected before grouping them by document.</summary>
    public int CandidatePassages { get; set; } = 300;
}
