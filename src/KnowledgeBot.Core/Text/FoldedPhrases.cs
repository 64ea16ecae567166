namespace KnowledgeBot.Core.Text;

/// <summary>
/// A text folded to its words and padded with spaces, so that a cue matches whole words only ("quand" is not
/// "quandary", "pret " is not "prete"): the way the drafts read what a message speaks of.
/// </summary>
public sealed record FoldedPhrases(string Key)
{
    public static FoldedPhrases Of(string text) => new(" " + TextFolding.Key(text) + " ");

    /// <summary>One of the cues, each a folded phrase matched on whole words.</summary>
    public bool HasAny(IEnumerable<string> cues) => cues.Any(c => Key.Contains(" " + c + " ", StringComparison.Ordinal));

    /// <summary>One of the cues at the start of a word ("licenci" meets "licenciement").</summary>
    public bool HasAnyStart(IEnumerable<string> starts) => starts.Any(s => Key.Contains(" " + s, StringComparison.Ordinal));
}
