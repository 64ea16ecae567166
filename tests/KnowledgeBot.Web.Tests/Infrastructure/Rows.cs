using KnowledgeBot.Core.Persistence;

namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>Counts rows straight from the host's database, to check that a refused request stored nothing.</summary>
public static class Rows
{
    public static long Count(RunningHost host, string table)
    {
        using var connection = host.Get<KnowledgeBotDatabase>().Open();
        return connection.Scalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    public static (long Messages, long Drafts, long Transcript, long Conversations) All(RunningHost host) =>
        (Count(host, "incoming_messages"), Count(host, "drafts"), Count(host, "transcript"), Count(host, "conversations"));
}
