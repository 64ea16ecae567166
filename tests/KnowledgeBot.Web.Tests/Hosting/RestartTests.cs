using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Hosting;

public sealed class RestartTests : IDisposable
{
    private readonly string _data = RunningHost.NewDataDirectory();

    [Fact]
    public async Task Conversations_drafts_queue_and_conversation_memory_survive_a_restart()
    {
        string conversation;
        long queued;
        List<WidgetClient.Entry> before;
        await using (var host = await RunningHost.StartAsync(_data))
        {
            var widget = new WidgetClient(host.CreateClient());
            conversation = await widget.OpenAsync();
            await widget.AskAsync(conversation, "Bonjour, j'habite à Quimper et je cherche une aide à domicile pendant ma chimiothérapie.");
            before = await widget.TranscriptAsync(conversation);
            queued = host.Get<ReviewQueue>().Inbox().Single().Id;
        }

        await using (var host = await RunningHost.StartAsync(_data))
        {
            var widget = new WidgetClient(host.CreateClient());
            Assert.Equal(before.Select(e => (e.Seq, e.Text)), (await widget.TranscriptAsync(conversation)).Select(e => (e.Seq, e.Text)));
            Assert.Equal(queued, host.Get<ReviewQueue>().Inbox().Single().Id);
            Assert.NotEmpty(host.Get<ReviewQueue>().Drafts(queued));

            var replies = await widget.AskAsync(conversation, "Et pour les frais de transport vers l'hôpital ?");
            Assert.Contains(replies.SelectMany(r => r.Cards), c => c.Url == "https://asso.example.org/comites/29");

            var session = await ConsoleSession.SignInAsync(host);
            Assert.Contains("Boîte de réception", await session.Http.GetStringAsync("/console"));
        }
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
