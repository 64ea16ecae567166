using Lucene.Net.Analysis.Util;

namespace KnowledgeBot.Core.Analysis;

/// <summary>
/// Words that messages are full of but that say nothing about the topic (greetings, politeness, chat
/// abbreviations); one word a line, <c>#</c> starts a comment. Removed from queries only.
/// </summary>
public static class MessageNoiseWords
{
    public static CharArraySet Load(string file) =>
        FrenchNormalization.FoldedSet(File.ReadLines(file)
            .Select(line => line.Split('#', 2)[0].Trim())
            .Where(word => word.Length > 0));
}
