namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>A tokenized message with the atom ids of every token, shared by all the patterns tried on it.</summary>
public sealed class MatchContext
{
    private readonly HashSet<int> _present;

    public MatchContext(IReadOnlyList<TriageToken> tokens, int[][] atoms)
    {
        Tokens = tokens;
        Atoms = atoms;
        _present = [.. atoms.SelectMany(a => a)];
    }

    public IReadOnlyList<TriageToken> Tokens { get; }

    /// <summary>For each token, the ids of the atoms it matches.</summary>
    public int[][] Atoms { get; }

    public bool Contains(int atom) => _present.Contains(atom);

    public bool Has(int token, int atom) => Array.IndexOf(Atoms[token], atom) >= 0;
}
