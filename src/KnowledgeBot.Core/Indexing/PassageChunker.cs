using System.Text;
using KnowledgeBot.Core.Documents;

namespace KnowledgeBot.Core.Indexing;

/// <summary>
/// Cuts a document into passages at its section headings: a long section is split at paragraph, then
/// sentence boundaries; short neighbouring sections are merged until a passage has enough words.
/// </summary>
public sealed class PassageChunker(int minWords = 80, int maxWords = 300)
{
    public IReadOnlyList<Passage> Cut(Document document)
    {
        var passages = new List<Passage>();
        (string? Heading, StringBuilder Text, int Words)? pending = null;

        foreach (var section in document.Sections)
        {
            foreach (var piece in Split(section.Text))
            {
                var words = CountWords(piece);
                var sameHeading = pending is not null && pending.Value.Heading == section.Heading;
                if (pending is { } open && open.Words < minWords && open.Words + words <= maxWords)
                {
                    if (!sameHeading && section.Heading is not null)
                        open.Text.Append('\n').Append(section.Heading);
                    open.Text.Append('\n').Append(piece);
                    pending = (open.Heading ?? section.Heading, open.Text, open.Words + words);
                    continue;
                }
                Emit();
                pending = (section.Heading, new StringBuilder(piece), words);
            }
        }
        Emit();
        if (passages.Count == 0)
            passages.Add(new Passage(0, null, document.Title));
        return passages;

        void Emit()
        {
            if (pending is { } open)
                passages.Add(new Passage(passages.Count, open.Heading, open.Text.ToString()));
            pending = null;
        }
    }

    /// <summary>Pieces of at most <c>maxWords</c> words, cut between paragraphs, else between sentences, else anywhere.</summary>
    private IEnumerable<string> Split(string text)
    {
        if (CountWords(text) <= maxWords)
        {
            if (text.Trim().Length > 0)
                yield return text.Trim();
            yield break;
        }
        var units = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(paragraph => CountWords(paragraph) <= maxWords ? [paragraph] : Sentences(paragraph));
        var target = maxWords * 2 / 3;
        var current = new StringBuilder();
        var currentWords = 0;
        foreach (var unit in units)
        {
            var words = CountWords(unit);
            if (currentWords > 0 && currentWords + words > maxWords || currentWords >= target)
            {
                yield return current.ToString();
                current.Clear();
                currentWords = 0;
            }
            if (current.Length > 0)
                current.Append('\n');
            current.Append(unit);
            currentWords += words;
        }
        if (currentWords > 0)
            yield return current.ToString();
    }

    private IEnumerable<string> Sentences(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sentence = new List<string>();
        foreach (var word in words)
        {
            sentence.Add(word);
            if ((word.EndsWith('.') || word.EndsWith('!') || word.EndsWith('?')) && sentence.Count > 0 || sentence.Count >= maxWords)
            {
                yield return string.Join(' ', sentence);
                sentence.Clear();
            }
        }
        if (sentence.Count > 0)
            yield return string.Join(' ', sentence);
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
                count++;
            inWord = isWordChar;
        }
        return count;
    }
}
