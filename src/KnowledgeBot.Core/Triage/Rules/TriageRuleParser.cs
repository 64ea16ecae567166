using KnowledgeBot.Core.Sources;
using KnowledgeBot.Core.Text;
using KnowledgeBot.Core.Triage.Matching;

namespace KnowledgeBot.Core.Triage.Rules;

/// <summary>Parses rule files one line at a time; word classes defined in one file can be used in the files read after it.</summary>
internal sealed class TriageRuleParser(AtomTable atoms)
{
    private const int DefaultGap = 2;
    private const int WideGap = 6;

    private readonly Dictionary<string, List<int[]>> _classes = [];
    private readonly HashSet<string> _ids = [];
    private string _path = "";
    private int _line;
    private Block? _block;

    /// <summary>Words of an <c>unless</c> line written before the file's first block: they apply to every concept of the file.</summary>
    private readonly List<int> _fileUnless = [];

    public List<TriageConcept> Concepts { get; } = [];

    public List<TriageIdiom> Idioms { get; } = [];

    public List<TriageRecovery> Recoveries { get; } = [];

    public IReadOnlyList<int[]>? Class(string name) => _classes.GetValueOrDefault(name);

    public void Read(string path, TriageLabel? label)
    {
        _path = path;
        _line = 0;
        _fileUnless.Clear();
        foreach (var raw in File.ReadLines(path))
        {
            _line++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var (keyword, rest) = Split(line);
            switch (keyword)
            {
                case var _ when keyword.StartsWith('@'):
                    DefineClass(keyword[1..], rest);
                    break;
                case "concept" or "idiom" or "recovery":
                    Close();
                    if (label is null)
                        throw Error($"'{keyword}' blocks belong in a label's file, not here");
                    if (rest.Length == 0 || !_ids.Add(rest))
                        throw Error(rest.Length == 0 ? $"'{keyword}' needs an id" : $"the id '{rest}' is already used");
                    _block = new Block(keyword, rest, label.Value, _line);
                    break;
                case "unless" when _block is null:
                    _fileUnless.AddRange(ClassReference(rest).Select(run => run[0]));
                    break;
                default:
                    Directive(keyword, rest);
                    break;
            }
        }
        Close();
    }

    private void Directive(string keyword, string rest)
    {
        var block = _block ?? throw Error($"'{keyword}' outside a concept, idiom or recovery block");
        switch (keyword)
        {
            case "match":
                block.Patterns.Add(new SequencePattern(Slots(rest, ordered: true)));
                break;
            case "near":
                var (size, slots) = Split(rest);
                if (!int.TryParse(size, out var window) || window < 2)
                    throw Error("'near' needs a window of at least 2 words: near N word word...");
                block.Patterns.Add(new NearPattern(window, Slots(slots, ordered: false)));
                break;
            case "level" when block.Label == TriageLabel.Distress && rest is "danger" or "concern" or "signal" or "signal danger":
                block.Level = rest == "signal" ? DistressLevel.Concern : TriageLabels.TryParseLevel(rest.Replace("signal ", ""));
                block.IsSignal = rest.StartsWith("signal");
                break;
            case "level" when rest == "hint":
                block.IsHint = true;
                block.Level = block.Label == TriageLabel.Distress ? DistressLevel.Concern : null;
                break;
            case "level" when block.Label != TriageLabel.Distress && rest == "signal":
                block.IsSignal = true;
                break;
            case "level":
                throw Error(block.Label == TriageLabel.Distress ? "level is danger, concern, signal, signal danger or hint" : "only 'level signal' or 'level hint' apply outside distress");
            case "weak":
                block.IsWeak = true;
                break;
            case "negated" when rest is "drop" or "counts":
                block.DroppedWhenNegated = rest == "drop";
                break;
            case "says":
                block.Says = rest;
                break;
            case "source":
                block.Source = block.Source is null ? rest : block.Source + " " + rest;
                break;
            case "unless":
                block.Unless.AddRange(ClassReference(rest).Select(run => run[0]));
                break;
            case "given":
                block.Given.AddRange(ClassReference(rest).Select(run => run[0]));
                break;
            default:
                throw Error($"unknown directive '{keyword}' (match, near, level, weak, negated drop|counts, says, source, unless, given)");
        }
    }

    private void Close()
    {
        if (_block is not { } block)
            return;
        _block = null;
        if (block.Patterns.Count == 0)
            throw Error($"'{block.Id}' (line {block.Line}) has no match or near line");
        if (block.Kind == "idiom")
        {
            Idioms.Add(new TriageIdiom(block.Id, block.Patterns));
            return;
        }
        if (block.Kind == "recovery")
        {
            if (block.Label != TriageLabel.Distress)
                throw Error($"'recovery' blocks belong in distress.txt");
            Recoveries.Add(new TriageRecovery(block.Id, block.Patterns));
            return;
        }
        if (block.Says is null)
            throw Error($"concept '{block.Id}' (line {block.Line}) needs a 'says' line for the CM");
        if (block.Label == TriageLabel.Distress && block.Level is null)
            throw Error($"distress concept '{block.Id}' (line {block.Line}) needs a level");
        Concepts.Add(new TriageConcept(block.Id, block.Label, block.Level, block.IsSignal, block.IsHint, block.IsWeak, block.DroppedWhenNegated,
            block.Says, block.Source, [.. _fileUnless, .. block.Unless], block.Given, block.Patterns));
    }

    private void DefineClass(string header, string rest)
    {
        var extend = header.EndsWith('+');
        var name = extend ? header[..^1] : header;
        if (!rest.StartsWith('='))
            throw Error("a class is written '@name = word|word*|several_words|@other' ('@name+ = ...' adds to it)");
        if (!extend && _classes.ContainsKey(name))
            throw Error($"@{name} is already defined (use '@{name}+ = ...' to add to it)");
        if (extend && !_classes.ContainsKey(name))
            throw Error($"@{name} is not defined yet");
        var alternatives = Alternatives(rest[1..].Trim());
        if (extend)
            _classes[name].AddRange(alternatives);
        else
            _classes[name] = alternatives;
    }

    /// <summary>A pattern: slots separated by spaces, <c>..</c> (up to 6 words between) or <c>..N</c> before a slot, <c>?</c> for an optional slot.</summary>
    private List<Slot> Slots(string text, bool ordered)
    {
        var slots = new List<Slot>();
        var gap = DefaultGap;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(".."))
            {
                if (!ordered)
                    throw Error("gaps (..) have no meaning in a 'near' line");
                gap = part.Length == 2 ? WideGap : int.TryParse(part[2..], out var n) && n >= 0 ? n : throw Error($"bad gap '{part}'");
                continue;
            }
            var optional = part.StartsWith('?');
            if (optional && (!ordered || slots.Count == 0))
                throw Error("only a slot after the first one of a 'match' line can be optional");
            slots.Add(new Slot(Alternatives(optional ? part[1..] : part), gap, optional));
            gap = DefaultGap;
        }
        if (slots.Count == 0)
            throw Error("empty pattern");
        return slots;
    }

    private List<int[]> Alternatives(string text)
    {
        var alternatives = new List<int[]>();
        foreach (var alternative in text.Split('|', StringSplitOptions.TrimEntries))
        {
            if (alternative.Length == 0 || alternative.Contains(' '))
                throw Error($"bad alternative '{alternative}' in '{text}' (join the words of a phrase with _)");
            if (alternative.StartsWith('@'))
                alternatives.AddRange(ClassReference(alternative));
            else
                alternatives.Add([.. alternative.Split('_').Select(Atom)]);
        }
        return alternatives;
    }

    private IReadOnlyList<int[]> ClassReference(string reference) =>
        reference.StartsWith('@') && _classes.TryGetValue(reference[1..], out var runs) ? runs : throw Error($"unknown class '{reference}'");

    private int Atom(string element)
    {
        var isPrefix = element.EndsWith('*');
        var isSuffix = !isPrefix && element.StartsWith('*');
        var folded = TextFolding.Fold(isPrefix ? element[..^1] : isSuffix ? element[1..] : element);
        if (folded.Length == 0 || !folded.All(char.IsLetterOrDigit))
            throw Error($"bad word '{element}' (letters and digits, '*' at the end for a prefix, at the start for a suffix)");
        return isPrefix ? atoms.Prefix(folded) : isSuffix ? atoms.Suffix(folded) : atoms.Word(folded);
    }

    private static (string Head, string Tail) Split(string line)
    {
        var space = line.IndexOfAny([' ', '\t']);
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
    }

    private SourceFormatException Error(string problem) => new(_path, _line, problem);

    private sealed class Block(string kind, string id, TriageLabel label, int line)
    {
        /// <summary><c>concept</c>, <c>idiom</c> or <c>recovery</c>.</summary>
        public string Kind { get; } = kind;
        public string Id { get; } = id;
        public TriageLabel Label { get; } = label;
        public int Line { get; } = line;
        public List<ITriagePattern> Patterns { get; } = [];
        public List<int> Unless { get; } = [];

        public List<int> Given { get; } = [];
        public DistressLevel? Level { get; set; }
        public bool IsSignal { get; set; }
        public bool IsHint { get; set; }
        public bool IsWeak { get; set; }
        public bool DroppedWhenNegated { get; set; }
        public string? Says { get; set; }
        public string? Source { get; set; }
    }
}
