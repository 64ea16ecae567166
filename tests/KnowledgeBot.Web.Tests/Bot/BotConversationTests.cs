using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Bot;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBot.Web.Tests.Bot;

/// <summary>Conversations with the real bot (real drafting, index and SQLite) through Bot Builder's TestAdapter.</summary>
[Collection(HostCollection.Name)]
public sealed class BotConversationTests(SharedHost shared)
{
    private readonly RunningHost _host = shared.Host;

    [Fact]
    public async Task Question_is_answered_at_once_with_vetted_pages_only_and_the_team_notice_last()
    {
        var (adapter, bot) = NewConversation();

        var replies = await SendAsync(adapter, bot, "Comment obtenir une aide pour une perruque après la chimiothérapie ?");

        var cards = replies.SelectMany(r => r.Attachments ?? []).Select(a => (HeroCard)a.Content).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.StartsWith("https://", card.Buttons[0].Value.ToString()));
        Assert.Equal("Merci pour votre message. Un membre de l'équipe va vous répondre.", replies[^1].Text);
    }

    [Fact]
    public async Task Distress_message_gets_the_helplines_before_anything_else()
    {
        var (adapter, bot) = NewConversation();

        var replies = await SendAsync(adapter, bot, "Je suis à bout, je n'ai plus envie de vivre, je pense à me suicider.");

        Assert.Contains("0 800 940 939", replies[0].Text);
        Assert.Contains("3114", replies[0].Text);
        Assert.Contains("15 : SAMU", replies[0].Text);
    }

    [Fact]
    public async Task Place_given_earlier_in_the_conversation_refers_a_later_question_to_its_committee()
    {
        var (adapter, bot) = NewConversation();

        await SendAsync(adapter, bot, "Bonjour, j'habite à Quimper.");
        var replies = await SendAsync(adapter, bot, "Existe-t-il des aides financières pour payer les frais de transport ?");

        var committee = replies.SelectMany(r => r.Attachments ?? []).Select(a => (HeroCard)a.Content).Single(c => c.Buttons[0].Title == "Contacter le comité");
        Assert.Equal("https://asso.example.org/comites/29", committee.Buttons[0].Value.ToString());
    }

    [Fact]
    public async Task Each_message_is_queued_for_the_CM_with_its_drafts()
    {
        var (adapter, bot) = NewConversation();

        await SendAsync(adapter, bot, "Mon fils a un cancer, a-t-il droit à l'allocation journalière de présence parentale ?");

        var item = _host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"test:{adapter.Conversation.Conversation.Id}");
        Assert.Equal("Mon fils a un cancer, a-t-il droit à l'allocation journalière de présence parentale ?", item.Body);
        Assert.NotEmpty(_host.Get<ReviewQueue>().Drafts(item.Id));
    }

    private (TestAdapter Adapter, IBot Bot) NewConversation()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("conversation-" + Guid.NewGuid().ToString("N")));
        adapter.Use(new TurnWritesMiddleware(_host.Get<KnowledgeBotDatabase>()));
        return (adapter, _host.Services.GetRequiredService<IBot>());
    }

    private static async Task<List<IMessageActivity>> SendAsync(TestAdapter adapter, IBot bot, string text)
    {
        await new TestFlow(adapter, bot).Send(text).StartTestAsync();
        var replies = new List<IMessageActivity>();
        while (adapter.GetNextReply() is { } reply)
            replies.Add(reply.AsMessageActivity());
        return replies;
    }
}
