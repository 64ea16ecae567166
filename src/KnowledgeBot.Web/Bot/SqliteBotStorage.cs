using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeBot.Web.Bot;

/// <summary>
/// Bot Builder state in the SQLite database, so that a restart loses no conversation.
/// Items are stored as JSON without type names (read back as JObject, which BotState converts);
/// an <see cref="IStoreItem"/> with an ETag other than "*" is written only if nobody changed it since it was read.
/// </summary>
public sealed class SqliteBotStorage(KnowledgeBotDatabase database) : IStorage
{
    private static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = TypeNameHandling.None };

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>();
        using var connection = database.Open();
        foreach (var key in keys.Distinct())
        {
            var row = connection.Query("SELECT value, etag FROM bot_state WHERE key = $k", r => (Value: r.GetString(0), ETag: r.GetString(1)), ("$k", key));
            if (row.Count == 0)
                continue;
            var item = JObject.Parse(row[0].Value);
            item[nameof(IStoreItem.ETag)] = row[0].ETag;
            items[key] = item;
        }
        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var (key, value) in changes)
        {
            var expected = value is IStoreItem { ETag: { } tag } && tag != "*" ? tag : null;
            var json = JsonConvert.SerializeObject(value, Settings);
            var etag = Guid.NewGuid().ToString("N");
            var written = expected is null
                ? connection.Execute("""
                    INSERT INTO bot_state (key, value, etag, updated_at) VALUES ($k, $v, $e, $at)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
                    """, ("$k", key), ("$v", json), ("$e", etag), ("$at", SqliteCommands.Now()))
                : connection.Execute("UPDATE bot_state SET value = $v, etag = $e, updated_at = $at WHERE key = $k AND etag = $old",
                    ("$k", key), ("$v", json), ("$e", etag), ("$at", SqliteCommands.Now()), ("$old", expected));
            if (written == 0)
                throw new InvalidOperationException($"Bot state '{key}' was changed by another turn (ETag conflict).");
        }
        transaction.Commit();
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var connection = database.Open();
        foreach (var key in keys)
            connection.Execute("DELETE FROM bot_state WHERE key = $k", ("$k", key));
        return Task.CompletedTask;
    }
}
