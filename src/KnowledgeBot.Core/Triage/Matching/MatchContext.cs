namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>A tokenized message with the atom ids of every token, shared by all the patterns tried on it.</summary>
public sealed class MatchContext
{
    /// <summary>For each atom id, the tokens that match it (null when none): an array, since every pattern asks.</summary>
    private readonly List<int>?[] _positions;

    public MatchContext(IReadOnlyList<TriageToken> tokens, int[][] atoms, int atomCount)
    {
        Tokens = tokens;
        Atoms = atoms;
        _positions = new List<int>?[atomCount];
        for (var token = 0; token < atoms.Length; token++)
            foreach (var atom in atoms[token])
                (_positions[atom] ??= []).Add(token);
    }

    public IReadOnlyList<TriageToken> Tokens { get; }

    /// <summary>For each token, the ids of the atoms it matches.</summary>
    public int[][] Atoms { get; }

    public bool Contains(int atom) => _positions[atom] is not null;

    /// <summary>Where a slot can start: the tokens that match the first atom of one of its alternatives, in order.</summary>
    public IReadOnlyList<int> Starts(Slot slot)
    {
        List<int>? single = null;
        SortedSet<int>? merged = null;
        foreach (var atom in slot.FirstAtoms)
        {
            if (_positions[atom] is not { } positions)
                continue;
            if (single is null)
                single = positions;
            else
                (merged ??= [.. single]).UnionWith(positions);
        }
        return merged is not null ? [.. merged] : single ?? (IReadOnlyList<int>)[];
    }

    public bool Has(int token, int atom) => Array.IndexOf(Atoms[token], atom) >= 0;
}
