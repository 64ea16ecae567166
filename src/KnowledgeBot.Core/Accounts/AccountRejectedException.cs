namespace KnowledgeBot.Core.Accounts;

/// <summary>An account cannot be created as asked (name taken or malformed, password too short); the message says why.</summary>
public sealed class AccountRejectedException(string message) : Exception(message);
