namespace KnowledgeBot.Core.Accounts;

/// <summary>
/// A console password is at least 12 characters and not guessable: zxcvbn's estimate (common-password lists,
/// dictionary words, keyboard walks, repeats, dates, the user's own name) must be "safely unguessable" (3 of 4).
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    private const int MinimumScore = 3;

    /// <returns>Null when the password is acceptable; otherwise why not.</returns>
    public static string? Problem(string password, string userName)
    {
        if (password.Length < MinimumLength)
            return $"password must have at least {MinimumLength} characters";
        var estimate = Zxcvbn.Zxcvbn.MatchPassword(password, [userName, "knowledgebot", "ligue", "cancer", "association"]);
        return estimate.Score < MinimumScore ? "password is too easy to guess (common password, repeated or predictable pattern)" : null;
    }
}
