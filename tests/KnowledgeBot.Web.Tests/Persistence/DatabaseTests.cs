using KnowledgeBot.Core.Persistence;
using KnowledgeBot.Web.Tests.Infrastructure;

namespace KnowledgeBot.Web.Tests.Persistence;

public sealed class DatabaseTests : IDisposable
{
    private readonly string _directory = RunningHost.NewDataDirectory();

    [Fact]
    public void Every_migration_is_applied_once_in_version_order()
    {
        var database = new KnowledgeBotDatabase(_directory);

        var first = database.Migrate();
        var second = database.Migrate();

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).Order(), first);
        Assert.Empty(second);
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), database.SchemaVersion());
    }

    [Fact]
    public void Database_file_uses_write_ahead_logging()
    {
        var database = new KnowledgeBotDatabase(_directory);
        database.Migrate();

        using var connection = database.Open();
        Assert.Equal("wal", connection.Scalar<string>("PRAGMA journal_mode"));
        Assert.Equal(Path.Combine(_directory, "knowledgebot.db"), database.FilePath);
    }

    [Fact]
    public void Migration_versions_are_unique_and_increasing()
    {
        var versions = SchemaMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(versions.Order().Distinct(), versions);
    }

    [Fact]
    public void Version_8_keeps_every_row_and_measures_the_drafts_changed_by_approvals_made_before_it()
    {
        var database = new KnowledgeBotDatabase(_directory);
        using (var connection = database.Open())
        {
            connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
            foreach (var migration in SchemaMigrations.All.Where(m => m.Version < 8))
            {
                connection.Execute(migration.Sql);
                connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, '2026-01-01T00:00:00Z')", ("$v", migration.Version));
            }
            const string message = """
                INSERT INTO incoming_messages (id, channel, body, triage, low_confidence, status, received_at, decided_at)
                VALUES ($id, 'Email', 'Bonjour', 'Normal', 0, $status, '2026-01-01T08:00:00.0000000+00:00', '2026-01-01T09:00:00.0000000+00:00')
                """;
            connection.Execute(message, ("$id", 1), ("$status", "sent"));
            connection.Execute(message, ("$id", 2), ("$status", "sent"));
            connection.Execute(message, ("$id", 3), ("$status", "rejected"));
            connection.Execute("INSERT INTO drafts (message_id, rank, text, sources, triage, confidence) VALUES (1, 0, 'Bonjour Anne', '[]', 'Normal', 0.8), (1, 1, 'Autre chose', '[]', 'Normal', 0.5), (2, 0, NULL, '[]', 'Normal', 0.7)");
            connection.Execute("""
                INSERT INTO decisions (message_id, user_name, action, reply_text, decided_at) VALUES
                  (1, 'marie', 'approved', 'Bonjour Annie', '2026-01-01T09:00:00Z'),
                  (2, 'marie', 'approved', 'Texte oublié ? non, brouillon oublié', '2026-01-01T09:00:00Z'),
                  (3, 'marie', 'rejected', NULL, '2026-01-01T09:00:00Z')
                """);
        }

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).Where(v => v >= 8), database.Migrate());

        using var migrated = database.Open();
        Assert.Equal((3L, 3L, 3L), (migrated.Scalar<long>("SELECT COUNT(*) FROM incoming_messages"), migrated.Scalar<long>("SELECT COUNT(*) FROM drafts"),
            migrated.Scalar<long>("SELECT COUNT(*) FROM decisions")));
        Assert.Equal(1.0 / 13, migrated.Scalar<double>("SELECT draft_edit_distance FROM decisions WHERE message_id = 1"), 6);
        // Retention had already forgotten the draft's text: nothing to measure.
        Assert.Equal(0L, migrated.Scalar<long>("SELECT COUNT(*) FROM decisions WHERE message_id IN (2, 3) AND draft_edit_distance IS NOT NULL"));
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), database.SchemaVersion());
    }

    [Fact]
    public void Version_9_keeps_every_user_and_answer_makes_the_users_admins_and_leaves_the_answers_pending_validation()
    {
        var database = new KnowledgeBotDatabase(_directory);
        using (var connection = database.Open())
        {
            connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
            foreach (var migration in SchemaMigrations.All.Where(m => m.Version < 9))
            {
                connection.Execute(migration.Sql);
                connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, '2026-01-01T00:00:00Z')", ("$v", migration.Version));
            }
            connection.Execute("""
                INSERT INTO users (name, password_hash, created_at, security_stamp) VALUES
                  ('marie', 'hash-1', '2026-01-01T00:00:00Z', 'stamp-1'), ('paul', 'hash-2', '2026-01-02T00:00:00Z', 'stamp-2');
                INSERT INTO incoming_messages (id, channel, body, triage, low_confidence, status, received_at)
                  VALUES (1, 'Email', 'Bonjour', 'Normal', 0, 'sent', '2026-01-01T08:00:00Z');
                INSERT INTO approved_answers (id, message_id, question, answer, refs, approved_by, approved_at)
                  VALUES ('answer:CM-000001', 1, 'Une perruque ?', 'Oui.', '[]', 'marie', '2026-01-01T09:00:00Z');
                """);
        }

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).Where(v => v >= 9), database.Migrate());

        using var migrated = database.Open();
        Assert.Equal(["marie|hash-1|stamp-1|admin", "paul|hash-2|stamp-2|admin"],
            migrated.Query("SELECT name || '|' || password_hash || '|' || security_stamp || '|' || role FROM users ORDER BY name", r => r.GetString(0)));
        Assert.Equal("answer:CM-000001|Oui.|pending_validation|", migrated.Scalar<string>(
            "SELECT id || '|' || answer || '|' || status || '|' || coalesce(reviewed_by, '') FROM approved_answers"));
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), database.SchemaVersion());
    }

    [Fact]
    public void Versions_10_and_11_keep_every_message_and_draft_and_add_empty_tables_of_flags_and_advice_requests()
    {
        var database = new KnowledgeBotDatabase(_directory);
        using (var connection = database.Open())
        {
            connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
            foreach (var migration in SchemaMigrations.All.Where(m => m.Version < 10))
            {
                connection.Execute(migration.Sql);
                connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, '2026-01-01T00:00:00Z')", ("$v", migration.Version));
            }
            connection.Execute("""
                INSERT INTO incoming_messages (id, channel, body, triage, low_confidence, status, received_at)
                  VALUES (1, 'Email', 'Une perruque ?', 'Normal', 0, 'pending', '2026-01-01T08:00:00Z');
                INSERT INTO drafts (message_id, rank, text, sources, triage, confidence) VALUES (1, 0, 'Oui.', '[]', 'Normal', 0.8), (1, 1, 'Non.', '[]', 'Normal', 0.4);
                """);
        }

        Assert.Equal([10, 11], database.Migrate());

        using var migrated = database.Open();
        Assert.Equal("Une perruque ?|Oui.,Non.", migrated.Scalar<string>(
            "SELECT m.body || '|' || (SELECT group_concat(text, ',') FROM (SELECT text FROM drafts ORDER BY rank)) FROM incoming_messages m"));
        Assert.Equal(0L, migrated.Scalar<long>("SELECT COUNT(*) FROM draft_flags"));
        migrated.Execute("INSERT INTO draft_flags (message_id, draft_rank, kind, note, flagged_by, flagged_at) VALUES (1, 0, 'obsolete', NULL, 'marie', '2026-01-02T00:00:00Z')");
        Assert.Equal(0L, migrated.Scalar<long>("SELECT COUNT(*) FROM advice_requests"));
        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), database.SchemaVersion());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
