namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>A <c>match</c> or <c>near</c> line of a rule file, compiled.</summary>
public interface ITriagePattern
{
    /// <summary>Every place the pattern matches, at most one per starting word.</summary>
    IEnumerable<PatternMatch> Matches(MatchContext context);
}
