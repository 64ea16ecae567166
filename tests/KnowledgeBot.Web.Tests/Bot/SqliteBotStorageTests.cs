using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace KnowledgeBot.Web.Tests.Bot;

public sealed class SqliteBotStorageTests : IDisposable
{
    private readonly string _directory = RunningHost.NewDataDirectory();
    private readonly KnowledgeBotDatabase _database;

    public SqliteBotStorageTests()
    {
        _database = new KnowledgeBotDatabase(_directory);
        _database.Migrate();
    }

    [Fact]
    public async Task Conversation_state_written_by_one_storage_is_read_by_a_new_one()
    {
        var activity = new Activity(ActivityTypes.Message, channelId: "test", conversation: new ConversationAccount(id: "c1"), from: new ChannelAccount("u1"), recipient: new ChannelAccount("bot"));
        var adapter = new TestAdapter();

        var writer = new ConversationState(new SqliteBotStorage(_database));
        await adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            var memory = await writer.CreateProperty<ConversationMemory>("memory").GetAsync(turn, () => new ConversationMemory(), ct);
            memory.KnownDepartment = "29";
            await writer.SaveChangesAsync(turn, cancellationToken: ct);
        });

        string? remembered = null;
        var reader = new ConversationState(new SqliteBotStorage(_database));
        await adapter.ProcessActivityAsync(activity, async (turn, ct) =>
            remembered = (await reader.CreateProperty<ConversationMemory>("memory").GetAsync(turn, () => new ConversationMemory(), ct)).KnownDepartment);

        Assert.Equal("29", remembered);
    }

    [Fact]
    public async Task Item_changed_since_it_was_read_is_not_overwritten()
    {
        var storage = new SqliteBotStorage(_database);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItem { Value = "first" } });
        var read = (await storage.ReadAsync(["k"]))["k"] as Newtonsoft.Json.Linq.JObject;
        var stale = new StoreItem { Value = "mine", ETag = read!["ETag"]!.ToString() };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItem { Value = "theirs", ETag = stale.ETag } });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));
        var current = (await storage.ReadAsync(["k"]))["k"] as Newtonsoft.Json.Linq.JObject;
        Assert.Equal("theirs", current!["Value"]!.ToString());
    }

    [Fact]
    public async Task Deleted_item_is_gone()
    {
        var storage = new SqliteBotStorage(_database);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItem { Value = "x" } });

        await storage.DeleteAsync(["k"]);

        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    private sealed class StoreItem : IStoreItem
    {
        public string? Value { get; set; }
        public string? ETag { get; set; }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
