using Microsoft.Extensions.AI;

namespace KnowledgeBot.Core.Drafting;

/// <summary>Rewords a draft with a generative model through <see cref="IChatClient"/>; registered only when a chat client is configured.</summary>
public sealed class ChatClientDraftRephraser(IChatClient chatClient) : IDraftRephraser
{
    private const string Instructions =
        "Reformule ce brouillon de réponse en français, avec chaleur et clarté. Ne change aucun fait, aucun chiffre, " +
        "aucun numéro de téléphone ni aucun lien ; n'ajoute aucune information. Réponds seulement par le texte reformulé.";

    public async Task<string> RephraseAsync(string draftText, CancellationToken cancellationToken = default)
    {
        var response = await chatClient.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, draftText)],
            cancellationToken: cancellationToken);
        return string.IsNullOrWhiteSpace(response.Text) ? draftText : response.Text;
    }
}
