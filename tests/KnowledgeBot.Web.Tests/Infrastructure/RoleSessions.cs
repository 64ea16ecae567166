using System.Collections.Concurrent;
using KnowledgeBot.Core.Accounts;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>Accounts of each role on a host and their signed-in sessions, made once (hashing a password is slow on purpose).</summary>
public static class RoleSessions
{
    public const string Password = "un-secret-de-role-9";

    private static readonly ConcurrentDictionary<(RunningHost, ConsoleRole), Lazy<Task<ConsoleSession>>> Sessions = new();

    /// <summary>A session that the tests sharing it must not end (no logout, no role change).</summary>
    public static Task<ConsoleSession> SharedAsync(RunningHost host, ConsoleRole role) =>
        Sessions.GetOrAdd((host, role), key => new Lazy<Task<ConsoleSession>>(() => NewAsync(key.Item1, key.Item2))).Value;

    /// <summary>A new account of that role, signed in.</summary>
    public static async Task<ConsoleSession> NewAsync(RunningHost host, ConsoleRole role)
    {
        var name = $"{role.Wire()}-{Guid.NewGuid().ToString("N")[..8]}";
        host.Get<UserStore>().Add(name, Password, role);
        return await ConsoleSession.SignInAsync(host, name, Password);
    }
}
