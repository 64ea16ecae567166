namespace KnowledgeBot.Core.Drafting;

/// <param name="KnownDepartment">Committee code already known for this conversation (a place given earlier), if any.</param>
public sealed record IncomingMessage(string Text, Channel Channel = Channel.Email, string? KnownDepartment = null);
