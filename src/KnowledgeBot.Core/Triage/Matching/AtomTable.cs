namespace KnowledgeBot.Core.Triage.Matching;

/// <summary>
/// Every word and word prefix the rules mention, each with an id, and the lookup from a message's tokens to the ids
/// they match: a word matches its folded form or, from five letters, its stem when only a short ending differs ("cachets"
/// meets "cachet"); a prefix
/// (<c>suicid*</c>) any word it starts, a suffix (<c>*ectomie</c>) any longer word it ends. Words of seven letters or more also match with one typo that keeps the first
/// letter ("suicder", "medicamment"): shorter words have too many neighbours ("courir" is not "mourir", "perdre" not
/// "pendre"), and a prefix has too many ("connaissez" is not "connasse").
/// </summary>
public sealed class AtomTable
{
    private const int TypoMinimumLength = 7;
    private const int StemMinimumLength = 5;

    private readonly Dictionary<string, int> _ids = [];
    private readonly Dictionary<string, List<int>> _byWord = [];
    private readonly Dictionary<string, List<int>> _byStem = [];
    private readonly Dictionary<string, List<int>> _byDeletion = [];
    private readonly Dictionary<char, List<(string Prefix, int Id)>> _prefixesByFirstLetter = [];
    private readonly Dictionary<char, List<(string Suffix, int Id)>> _suffixesByLastLetter = [];
    private readonly List<string> _words = [];

    /// <summary>The atoms of each word already met: words repeat from message to message (bounded, shared by threads).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _seen = new();
    private const int SeenCapacity = 200_000;

    public int Count => _words.Count;

    /// <summary>Every whole word the rules mention (not the prefixes).</summary>
    public IReadOnlySet<string> Words => _byWord.Keys.ToHashSet();

    /// <summary>The id of a folded word, registered on first use.</summary>
    public int Word(string word)
    {
        if (_ids.TryGetValue(word, out var id))
            return id;
        id = Register(word);
        Index(_byWord, word, id);
        var stem = FrenchStem.Of(word);
        if (IsLightlyStemmed(word, stem))
            Index(_byStem, stem, id);
        if (word.Length >= TypoMinimumLength)
            foreach (var variant in WithOneDeletion(word).Append(word))
                Index(_byDeletion, variant, id);
        return id;
    }

    /// <summary>The id of a folded prefix (written <c>prefix*</c> in the rules), registered on first use.</summary>
    public int Prefix(string prefix)
    {
        if (_ids.TryGetValue(prefix + "*", out var id))
            return id;
        id = Register(prefix + "*");
        if (!_prefixesByFirstLetter.TryGetValue(prefix[0], out var list))
            _prefixesByFirstLetter[prefix[0]] = list = [];
        list.Add((prefix, id));
        return id;
    }

    /// <summary>The id of a folded suffix (written <c>*suffix</c> in the rules: <c>*ectomie</c>), registered on first use.</summary>
    public int Suffix(string suffix)
    {
        if (_ids.TryGetValue("*" + suffix, out var id))
            return id;
        id = Register("*" + suffix);
        if (!_suffixesByLastLetter.TryGetValue(suffix[^1], out var list))
            _suffixesByLastLetter[suffix[^1]] = list = [];
        list.Add((suffix, id));
        return id;
    }

    /// <summary>The ids each token matches.</summary>
    public int[][] Match(IReadOnlyList<TriageToken> tokens)
    {
        var matched = new int[tokens.Count][];
        var ids = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_seen.TryGetValue(tokens[i].Folded, out var known))
            {
                matched[i] = known;
                continue;
            }
            ids.Clear();
            Collect(tokens[i], ids);
            matched[i] = [.. ids];
            if (_seen.Count < SeenCapacity)
                _seen.TryAdd(tokens[i].Folded, matched[i]);
        }
        return matched;
    }

    private void Collect(TriageToken token, HashSet<int> ids)
    {
        var word = token.Folded;
        AddAll(_byWord, word, ids);
        if (IsLightlyStemmed(word, token.Stem))
            AddAll(_byStem, token.Stem, ids);
        if (word.Length >= TypoMinimumLength - 1)
        {
            foreach (var variant in WithOneDeletion(word).Append(word))
                if (_byDeletion.TryGetValue(variant, out var candidates))
                    foreach (var id in candidates)
                        if (IsTypo(word, _words[id]))
                            ids.Add(id);
        }
        if (word.Length > 0 && _prefixesByFirstLetter.TryGetValue(word[0], out var prefixes))
            foreach (var (prefix, id) in prefixes)
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                    ids.Add(id);
        if (word.Length > 0 && _suffixesByLastLetter.TryGetValue(word[^1], out var suffixes))
            foreach (var (suffix, id) in suffixes)
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
                    ids.Add(id);
    }

    /// <summary>One letter wrong, missing, added or swapped, neither the first nor in the ending: "suicder" is "suicider",
    /// but "pourriez" is not "pourries" (an ending is grammar, not a typo).</summary>
    private static bool IsTypo(string word, string atom)
    {
        var same = 0;
        while (same < word.Length && same < atom.Length && word[same] == atom[same])
            same++;
        return same > 0 && same < Math.Min(word.Length, atom.Length) - 2 && EditDistance.AtMostOne(word, atom);
    }

    /// <summary>Stems meet only when the stemmer took off an ending of two letters at most ("cachets", "médicaments"), not a
    /// conjugation ("pourriez" is not "pourris").</summary>
    private static bool IsLightlyStemmed(string word, string stem) => word.Length >= StemMinimumLength && word.Length - stem.Length <= 2;

    private int Register(string key)
    {
        var id = _words.Count;
        _ids[key] = id;
        _words.Add(key);
        return id;
    }

    private static IEnumerable<string> WithOneDeletion(string word)
    {
        for (var i = 0; i < word.Length; i++)
            yield return word.Remove(i, 1);
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(id))
            list.Add(id);
    }

    private static void AddAll(Dictionary<string, List<int>> index, string key, HashSet<int> ids)
    {
        if (index.TryGetValue(key, out var list))
            ids.UnionWith(list);
    }
}
