namespace KnowledgeBot.Core.Drafting;

/// <summary>
/// What sentence choice needs of a message, read once per draft rather than once per candidate source: the stems
/// of all its content words, those of its questions, and the kinds of answer the questions want.
/// </summary>
public sealed record MessageReading(IReadOnlySet<string> Wanted, IReadOnlySet<string> Asked, IReadOnlySet<AnswerKind> Kinds)
{
    public static MessageReading Of(string message)
    {
        var questions = MessageQuestions.Of(message);
        return new MessageReading(SentenceExtractor.ContentWords(message),
            questions.SelectMany(q => SentenceExtractor.ContentWords(q.Text)).ToHashSet(), questions.Select(q => q.Kind).ToHashSet());
    }
}
