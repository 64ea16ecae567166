using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBot.Core.Drafting;

public static class DraftingServiceCollectionExtensions
{
    /// <summary>The draft service and its composer. The rephrasing step is added only where an <see cref="IChatClient"/> is registered.</summary>
    public static IServiceCollection AddDrafting(this IServiceCollection services)
    {
        services.AddOptions<HelplineOptions>().BindConfiguration(HelplineOptions.Section);
        services.AddOptions<DraftingOptions>().BindConfiguration(DraftingOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DraftComposer>();
        services.AddSingleton<IDraftService, DraftService>();
        services.AddSingleton<IDraftRephraser>(sp => sp.GetService<IChatClient>() is { } client ? new ChatClientDraftRephraser(client) : NoRephrasing.Instance);
        return services;
    }

    /// <summary>Leaves drafts as composed (the default).</summary>
    private sealed class NoRephrasing : IDraftRephraser
    {
        public static readonly NoRephrasing Instance = new();

        public Task<string> RephraseAsync(string draftText, CancellationToken cancellationToken = default) => Task.FromResult(draftText);
    }
}
