namespace KnowledgeBot.Core.Drafting;

/// <summary>Section <c>KnowledgeBot:Helplines</c>: the numbers drafts give, never written in code.</summary>
public sealed class HelplineOptions
{
    public const string Section = "KnowledgeBot:Helplines";

    /// <summary>The association's free, anonymous listening line.</summary>
    public string ListeningLine { get; set; } = "";

    /// <summary>National suicide prevention number.</summary>
    public string SuicidePrevention { get; set; } = "";

    /// <summary>Medical emergency number.</summary>
    public string Emergency { get; set; } = "";

    /// <summary>Cancer Info, for questions about the illness and treatments.</summary>
    public string CancerInfo { get; set; } = "";
}
