using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// The database writes of one bot turn (the message queued with its drafts, the conversation's reference and memory,
/// the widget transcript lines, a delivered reply), applied together in one transaction: a crash leaves all or none.
/// They are collected during the turn and applied at its end, or just before an activity leaves the host for a
/// channel, so that nobody is told "a member of the team will answer" about a message that is not stored.
/// </summary>
public sealed class TurnWrites(KnowledgeBotDatabase database)
{
    private readonly List<Action<SqliteConnection>> _pending = [];
    private readonly Lock _lock = new();

    /// <exception cref="InvalidOperationException">The turn did not go through <see cref="TurnWritesMiddleware"/>.</exception>
    public static TurnWrites Of(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnWrites>() ?? throw new InvalidOperationException("This turn has no TurnWrites: is TurnWritesMiddleware in the adapter?");

    public void Add(Action<SqliteConnection> write)
    {
        lock (_lock)
            _pending.Add(write);
    }

    /// <summary>Applies the writes collected so far in one transaction.</summary>
    public void Commit()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
                return;
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            foreach (var write in _pending)
                write(connection);
            transaction.Commit();
            _pending.Clear();
        }
    }

    /// <summary>Drops the writes collected so far (the turn failed: nothing of it is stored).</summary>
    public void Discard()
    {
        lock (_lock)
            _pending.Clear();
    }
}
