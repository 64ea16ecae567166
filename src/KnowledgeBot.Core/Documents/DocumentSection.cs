namespace KnowledgeBot.Core.Documents;

/// <summary>A part of a document under one heading (null for the text before the first heading).</summary>
public sealed record DocumentSection(string? Heading, string Text);
