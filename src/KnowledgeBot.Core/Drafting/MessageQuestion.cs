namespace KnowledgeBot.Core.Drafting;

/// <summary>One question a message asks, in the person's words, and the kind of answer it wants.</summary>
public sealed record MessageQuestion(string Text, AnswerKind Kind);
