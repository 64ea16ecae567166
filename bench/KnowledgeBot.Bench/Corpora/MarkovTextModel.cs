using System.Text.RegularExpressions;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Bench.Corpora;

/// <summary>
/// A word bigram model of real documents: their vocabulary with its frequencies, which word follows which,
/// and the lengths of their sentences, section texts and titles. Synthetic text drawn from it has the same
/// term statistics as the real corpus (what an inverted index's cost depends on) without being readable.
/// </summary>
public sealed partial class MarkovTextModel
{
    private readonly string[] _words;
    private readonly int[][] _successors;
    private readonly int[] _sentenceStarts;
    private readonly int[] _sentenceLengths;
    private readonly int[] _sectionLengths;
    private readonly int[] _sectionsPerDocument;
    private readonly int[] _titleLengths;

    private MarkovTextModel(string[] words, int[][] successors, int[] sentenceStarts, int[] sentenceLengths, int[] sectionLengths, int[] sectionsPerDocument, int[] titleLengths)
    {
        _words = words;
        _successors = successors;
        _sentenceStarts = sentenceStarts;
        _sentenceLengths = sentenceLengths;
        _sectionLengths = sectionLengths;
        _sectionsPerDocument = sectionsPerDocument;
        _titleLengths = titleLengths;
    }

    public int VocabularySize => _words.Length;

    /// <summary>Mean number of sections (so of passages) in a synthetic document.</summary>
    public double MeanSectionsPerDocument => _sectionsPerDocument.Average();

    /// <param name="minSectionWords">Section texts are drawn no shorter than this (the index cuts passages of about 80 to 300 words).</param>
    public static MarkovTextModel Train(IEnumerable<Document> documents, int minSectionWords = 80, int maxSectionWords = 280)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var successors = new List<List<int>>();
        var starts = new List<int>();
        var sentenceLengths = new List<int>();
        var sectionLengths = new List<int>();
        var sectionsPerDocument = new List<int>();
        var titleLengths = new List<int>();

        int IdOf(string word)
        {
            if (!ids.TryGetValue(word, out var id))
            {
                id = words.Count;
                ids.Add(word, id);
                words.Add(word);
                successors.Add([]);
            }
            return id;
        }

        foreach (var document in documents)
        {
            titleLengths.Add(Words(document.Title).Length);
            var sections = 0;
            foreach (var section in document.Sections)
            {
                var sectionWords = 0;
                foreach (var sentence in SentenceBreak().Split(section.Text))
                {
                    var tokens = Words(sentence);
                    if (tokens.Length == 0)
                        continue;
                    sentenceLengths.Add(tokens.Length);
                    sectionWords += tokens.Length;
                    var previous = IdOf(tokens[0]);
                    starts.Add(previous);
                    foreach (var token in tokens.AsSpan(1))
                    {
                        var next = IdOf(token);
                        successors[previous].Add(next);
                        previous = next;
                    }
                }
                if (sectionWords > 0)
                {
                    sectionLengths.Add(Math.Clamp(sectionWords, minSectionWords, maxSectionWords));
                    sections++;
                }
            }
            if (sections > 0)
                sectionsPerDocument.Add(sections);
        }
        if (starts.Count == 0)
            throw new InvalidOperationException("The synthetic corpus needs real documents with text to learn from.");

        return new MarkovTextModel([.. words], [.. successors.Select(s => s.ToArray())], [.. starts], [.. sentenceLengths], [.. sectionLengths], [.. sectionsPerDocument], [.. titleLengths]);
    }

    public string Title(Random random) => Sentence(random, Math.Max(2, Pick(random, _titleLengths)), endWithStop: false);

    public int SectionCount(Random random) => Pick(random, _sectionsPerDocument);

    /// <summary>Sentences drawn until the text reaches a section length drawn from the real ones.</summary>
    public string SectionText(Random random)
    {
        var target = Pick(random, _sectionLengths);
        var text = new System.Text.StringBuilder(target * 8);
        for (var count = 0; count < target;)
        {
            var length = Math.Min(Pick(random, _sentenceLengths), target - count);
            if (text.Length > 0)
                text.Append(' ');
            text.Append(Sentence(random, Math.Max(1, length), endWithStop: true));
            count += length;
        }
        return text.ToString();
    }

    private string Sentence(Random random, int length, bool endWithStop)
    {
        var builder = new System.Text.StringBuilder(length * 8);
        var word = Pick(random, _sentenceStarts);
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
                builder.Append(' ');
            builder.Append(_words[word]);
            var next = _successors[word];
            // A word never followed by another in the corpus (end of a sentence): start afresh.
            word = next.Length > 0 ? Pick(random, next) : Pick(random, _sentenceStarts);
        }
        if (endWithStop && builder[^1] is not ('.' or '!' or '?'))
            builder.Append('.');
        return builder.ToString();
    }

    private static int Pick(Random random, int[] values) => values[random.Next(values.Length)];

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"(?<=[.!?;:])\s+|\n+")]
    private static partial Regex SentenceBreak();
}
