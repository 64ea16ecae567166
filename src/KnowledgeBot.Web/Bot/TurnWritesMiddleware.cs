using KnowledgeBot.Core.Persistence;
using Microsoft.Bot.Builder;

namespace KnowledgeBot.Web.Bot;

/// <summary>Gives every turn its <see cref="TurnWrites"/> and commits them when the turn succeeds, discards them when it fails.</summary>
public sealed class TurnWritesMiddleware(KnowledgeBotDatabase database) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var writes = new TurnWrites(database);
        turnContext.TurnState.Add(writes);
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            writes.Discard();
            throw;
        }
        writes.Commit();
    }
}
