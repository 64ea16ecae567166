namespace KnowledgeBot.Web.Tests.Infrastructure;

/// <summary>
/// One running host shared by the tests of the <see cref="HostCollection"/> (starting one builds an index).
/// All its clients come from 127.0.0.1, so its rate limits are raised; LimitsTests checks them on a host of its own.
/// </summary>
public sealed class SharedHost : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:MessagesPerMinute=100000", "KnowledgeBot:Web:PollsPerMinute=100000",
            "KnowledgeBot:Web:BotMessagesPerMinute=100000", "KnowledgeBot:Web:LoginsPerMinute=100000");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<SharedHost>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "running host";
}
