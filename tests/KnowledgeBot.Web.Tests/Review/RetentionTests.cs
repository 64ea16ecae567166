using System.Text;
using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Retention;
using KnowledgeBot.Web.Review;
using KnowledgeBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Web.Tests.Review;

public sealed class RetentionTests
{
    private const string Rejected = "zanzibar-rejete";
    private const string Pending = "zanzibar-attente";
    private const string Approved = "zanzibar-approuve";
    private const string Reason = "motif-xylophone";
    private const string Reply = "reponse-quokka";
    private const string PatientName = "Bérénice Quintal";
    private const string Phone = "06 39 98 14 27";

    [Fact]
    public async Task Past_the_period_no_text_of_the_person_is_left_in_rows_file_bytes_index_or_logs_and_knowledge_keeps_no_personal_data()
    {
        var logs = new CapturedLogs();
        await using var host = await RunningHost.StartAsync(null, logs, "KnowledgeBot:Web:MessageBodyRetentionDays=30");
        var widget = new WidgetClient(host.CreateClient());
        var ids = new Dictionary<string, long>();
        foreach (var marker in new[] { Rejected, Pending, Approved })
        {
            var conversation = await widget.OpenAsync();
            await widget.AskAsync(conversation, $"Bonjour, je m'appelle {PatientName}, mon numéro est le {Phone}. Je suis un poids pour ma famille ({marker}), une aide pour la perruque ?");
            ids[marker] = host.Get<ReviewQueue>().Inbox().Single(i => i.ConversationKey == $"widget:{conversation}").Id;
        }
        var session = await ConsoleSession.SignInAsync(host);
        await session.PostFormAsync($"/console/messages/{ids[Rejected]}", $"/console/messages/{ids[Rejected]}/reject", new() { ["reason"] = Reason });
        var page = await session.Http.GetStringAsync($"/console/messages/{ids[Approved]}");
        Assert.Contains("[nom]", page);
        await session.PostFormAsync($"/console/messages/{ids[Approved]}", $"/console/messages/{ids[Approved]}/approve", new()
        {
            ["text"] = $"Bonjour {PatientName}, {Reply} : votre comité peut vous aider.",
            ["question"] = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "<textarea id=\"question\"[^>]*>([^<]*)</textarea>").Groups[1].Value),
        });
        var knowledge = Single(host, "SELECT question || ' ' || answer FROM approved_answers");
        Assert.DoesNotContain("Quintal", knowledge);
        Assert.DoesNotContain(Phone, knowledge);
        Assert.Contains("[nom]", knowledge);
        Assert.Contains("[téléphone]", knowledge);

        using (var connection = host.Get<KnowledgeBotDatabase>().Open())
        {
            var longAgo = DateTimeOffset.UtcNow.AddDays(-31).ToString("O");
            connection.Execute("UPDATE incoming_messages SET received_at = $at", ("$at", longAgo));
            connection.Execute("UPDATE transcript SET created_at = $at", ("$at", longAgo));
        }
        Assert.Equal(3, host.Get<MessageRetentionService>().DeleteExpiredBodies(DateTimeOffset.UtcNow));

        var everyText = EveryText(host);
        foreach (var secret in new[] { Rejected, Pending, Reason, "Quintal", Phone })
        {
            Assert.DoesNotContain(everyText, t => t.Text.Contains(secret, StringComparison.Ordinal));
            Assert.False(FileHolds(host.DataDirectory, "knowledgebot.db*", secret), $"« {secret} » still in the database file");
            Assert.False(FileHolds(Path.Combine(host.DataDirectory, "index"), "*", secret), $"« {secret} » in the index");
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
        // What stays of the approved message is the knowledge the CM let it become, personal data masked: nowhere else.
        Assert.All(everyText.Where(t => t.Text.Contains(Approved, StringComparison.Ordinal) || t.Text.Contains(Reply, StringComparison.Ordinal)),
            t => Assert.Equal("approved_answers", t.Table));
        Assert.Contains(everyText, t => t.Table == "approved_answers" && t.Text.Contains(Reply, StringComparison.Ordinal) && t.Text.Contains("[nom]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Past_the_period_the_words_of_the_flags_on_drafts_are_forgotten_and_their_kinds_stay()
    {
        const string word = "mot-pangolin-du-signalement";
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:MessageBodyRetentionDays=30");
        var session = await ConsoleSession.SignInAsync(host);
        var old = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, une aide pour la perruque ?");
        var recent = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, une aide pour le transport ?");
        foreach (var id in new[] { old, recent })
            await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/drafts/0/flag", new() { ["kind"] = "obsolete", ["note"] = $"{word}-{id}" });
        Dashboard.SeededMessages.Place(host, old, DateTimeOffset.UtcNow.AddDays(-31).ToString("O"));

        host.Get<MessageRetentionService>().DeleteExpiredBodies(DateTimeOffset.UtcNow);

        Assert.Equal([(DraftFlagKind.Obsolete, null)], host.Get<ReviewQueue>().Flags(old).Select(f => (f.Kind, f.Note)));
        Assert.Equal([(DraftFlagKind.Obsolete, $"{word}-{recent}")], host.Get<ReviewQueue>().Flags(recent).Select(f => (f.Kind, f.Note)));
        Assert.False(FileHolds(host.DataDirectory, "knowledgebot.db*", $"{word}-{old}"), "the flag's word is still in the database file");
    }

    [Fact]
    public async Task Past_the_period_the_texts_of_advice_requests_and_their_answers_are_forgotten_and_the_requests_stay()
    {
        const string word = "mot-ornithorynque-de-l-avis";
        await using var host = await RunningHost.StartAsync(null, null, "KnowledgeBot:Web:MessageBodyRetentionDays=30");
        var session = await ConsoleSession.SignInAsync(host);
        host.Get<KnowledgeBot.Core.Accounts.UserStore>().Add("experte", RoleSessions.Password, KnowledgeBot.Core.Accounts.ConsoleRole.Expert);
        var old = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, une aide pour la perruque ?");
        var recent = await Dashboard.SeededMessages.PasteAsync(session, "Email", "Bonjour, une aide pour le transport ?");
        foreach (var id in new[] { old, recent })
        {
            await session.PostFormAsync($"/console/messages/{id}", $"/console/messages/{id}/ask",
                new() { ["to"] = "expert:experte", ["note"] = $"{word}-note-{id}", ["draft"] = $"{word}-draft-{id}" });
            var request = host.Get<ReviewQueue>().AdviceRequests(id).Single().Id;
            Assert.Equal(ReviewOutcomeKind.Done, host.Get<AdviceService>().AnswerAsExpert(request, "experte", false, $"{word}-answer-{id}").Kind);
        }
        Dashboard.SeededMessages.Place(host, old, DateTimeOffset.UtcNow.AddDays(-31).ToString("O"));

        host.Get<MessageRetentionService>().DeleteExpiredBodies(DateTimeOffset.UtcNow);

        var forgotten = host.Get<ReviewQueue>().AdviceRequests(old).Single();
        Assert.Equal((AdviceRequestStatus.Answered, "experte", null, null, null), (forgotten.Status, forgotten.AnsweredBy, forgotten.Note, forgotten.Draft, forgotten.Answer));
        Assert.Equal($"{word}-answer-{recent}", host.Get<ReviewQueue>().AdviceRequests(recent).Single().Answer);
        foreach (var part in new[] { "note", "draft", "answer" })
            Assert.False(FileHolds(host.DataDirectory, "knowledgebot.db*", $"{word}-{part}-{old}"), $"the request's {part} is still in the database file");
    }

    private static string Single(RunningHost host, string sql)
    {
        using var connection = host.Get<KnowledgeBotDatabase>().Open();
        return connection.Scalar<string>(sql);
    }

    /// <summary>Every text value of every row of every table.</summary>
    private static List<(string Table, string Text)> EveryText(RunningHost host)
    {
        using var connection = host.Get<KnowledgeBotDatabase>().Open();
        var tables = connection.Query("SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0));
        var texts = new List<(string Table, string Text)>();
        foreach (var table in tables)
        {
            connection.Query($"SELECT * FROM \"{table}\"", r =>
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    if (!r.IsDBNull(i) && r.GetFieldType(i) == typeof(string))
                        texts.Add((table, r.GetString(i)));
                }
                return 0;
            });
        }
        return texts;
    }

    private static bool FileHolds(string directory, string pattern, string text)
    {
        SqliteConnection.ClearAllPools();
        var bytes = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(bytes) >= 0);
    }
}
