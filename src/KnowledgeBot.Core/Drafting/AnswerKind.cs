namespace KnowledgeBot.Core.Drafting;

/// <summary>What kind of answer a question wants: it decides which sentences of a source answer it.</summary>
public enum AnswerKind
{
    /// <summary>A yes-or-no question about what is allowed or owed (a modal verb or a right asked about): the rule.</summary>
    Rule,

    /// <summary>"Combien", "quel montant": a figure.</summary>
    Amount,

    /// <summary>"Combien de temps", "quel délai", "quand", "jusqu'à quand": a duration or a date.</summary>
    Duration,

    /// <summary>"Comment", "quelles démarches", "à qui", "où": the steps or where to go.</summary>
    Procedure,
}
