using KnowledgeBot.Core.Review;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Core.Persistence;

/// <summary>
/// The database schema as an append-only list of versioned steps. Never edit a released step:
/// add a new one, so that existing databases move forward on the next start.
/// </summary>
public static class SchemaMigrations
{
    /// <param name="Backfill">Fills what the SQL added from the rows already there, when SQL alone cannot (same transaction).</param>
    public sealed record Migration(int Version, string Description, string Sql, Action<SqliteConnection>? Backfill = null);

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "users and audit log", """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT,
                details TEXT);
            """),
        new(2, "conversations, review queue, drafts, decisions, approved answers", """
            CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                channel_id TEXT NOT NULL,
                reference TEXT,
                created_at TEXT NOT NULL,
                last_activity_at TEXT NOT NULL);
            CREATE TABLE transcript (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                role TEXT NOT NULL,
                text TEXT,
                cards TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX transcript_by_conversation ON transcript(conversation_id, seq);
            CREATE TABLE incoming_messages (
                id INTEGER PRIMARY KEY,
                conversation_id TEXT REFERENCES conversations(id),
                channel TEXT NOT NULL,
                body TEXT,
                triage TEXT NOT NULL,
                department TEXT,
                committee TEXT,
                low_confidence INTEGER NOT NULL,
                status TEXT NOT NULL,
                assigned_to TEXT,
                received_at TEXT NOT NULL,
                decided_at TEXT,
                body_deleted_at TEXT);
            CREATE INDEX incoming_by_status ON incoming_messages(status, received_at);
            CREATE TABLE drafts (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES incoming_messages(id),
                rank INTEGER NOT NULL,
                text TEXT,
                sources TEXT NOT NULL,
                committee TEXT,
                triage TEXT NOT NULL,
                confidence REAL NOT NULL);
            CREATE INDEX drafts_by_message ON drafts(message_id, rank);
            CREATE TABLE decisions (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES incoming_messages(id),
                user_name TEXT NOT NULL,
                action TEXT NOT NULL,
                reply_text TEXT,
                answer_id TEXT,
                decided_at TEXT NOT NULL);
            CREATE TABLE approved_answers (
                id TEXT PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES incoming_messages(id),
                question TEXT,
                answer TEXT NOT NULL,
                refs TEXT NOT NULL,
                approved_by TEXT NOT NULL,
                approved_at TEXT NOT NULL);
            """),
        new(3, "Bot Builder state storage", """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            """),
        new(4, "setup accounts must choose their own password", """
            ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
            """),
        new(5, "distress level and triage evidence of incoming messages", """
            ALTER TABLE incoming_messages ADD COLUMN distress_level TEXT;
            ALTER TABLE incoming_messages ADD COLUMN triage_evidence TEXT;
            """),
        new(6, "reply outbox, sending status, transcript activity ids, audit texts apart, conversation memory beside the reference", """
            UPDATE incoming_messages SET status = 'sent' WHERE status = 'approved';
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL UNIQUE REFERENCES incoming_messages(id),
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                activity_id TEXT NOT NULL UNIQUE,
                text TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_failure TEXT,
                next_attempt_at TEXT NOT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT);
            CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
            ALTER TABLE transcript ADD COLUMN activity_id TEXT;
            CREATE UNIQUE INDEX transcript_by_activity ON transcript(activity_id) WHERE activity_id IS NOT NULL;
            ALTER TABLE audit_log ADD COLUMN content TEXT;
            UPDATE audit_log
               SET content = json_object('draft', json_extract(details, '$.draft'), 'sent', json_extract(details, '$.sent'), 'reason', json_extract(details, '$.reason')),
                   details = json_remove(details, '$.draft', '$.sent', '$.reason')
             WHERE action IN ('message.approved', 'message.rejected') AND details IS NOT NULL;
            ALTER TABLE conversations ADD COLUMN known_department TEXT;
            UPDATE conversations SET known_department =
                (SELECT json_extract(value, '$.ConversationMemory.KnownDepartment') FROM bot_state
                  WHERE key = conversations.channel_id || '/conversations/' || substr(conversations.id, length(conversations.channel_id) + 2));
            DROP TABLE bot_state;
            """),
        new(7, "sessions revocable by a security stamp, disabled accounts, sign-in lockout", """
            ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
            UPDATE users SET security_stamp = lower(hex(randomblob(16)));
            ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE users ADD COLUMN locked_until TEXT;
            """),
        new(8, "how much the CM changed the draft, kept with each approval; messages by received time (dashboard)", """
            ALTER TABLE decisions ADD COLUMN draft_edit_distance REAL;
            CREATE INDEX incoming_by_received ON incoming_messages(received_at);
            """, BackfillDraftEditDistances),
        // Accounts made before roles existed become admins, so that an upgrade locks nobody out.
        new(9, "console roles; expert validation of approved answers (status, who reviewed them and when, successor)", """
            ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'admin';
            ALTER TABLE approved_answers ADD COLUMN status TEXT NOT NULL DEFAULT 'pending_validation';
            ALTER TABLE approved_answers ADD COLUMN reviewed_by TEXT;
            ALTER TABLE approved_answers ADD COLUMN reviewed_at TEXT;
            ALTER TABLE approved_answers ADD COLUMN superseded_by TEXT;
            CREATE INDEX approved_answers_by_status ON approved_answers(status, approved_at);
            """),
        new(10, "the CM's flags on drafts (erroneous, obsolete, incomplete, inappropriate) with an optional word", """
            CREATE TABLE draft_flags (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES incoming_messages(id),
                draft_rank INTEGER NOT NULL,
                kind TEXT NOT NULL,
                note TEXT,
                flagged_by TEXT NOT NULL,
                flagged_at TEXT NOT NULL);
            CREATE INDEX draft_flags_by_message ON draft_flags(message_id);
            """),
        new(11, "the CM's requests for advice to an expert or to the committee, with the draft forwarded and the answer received", """
            CREATE TABLE advice_requests (
                id INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES incoming_messages(id),
                recipient_kind TEXT NOT NULL,
                recipient TEXT NOT NULL,
                note TEXT,
                draft TEXT,
                requested_by TEXT NOT NULL,
                requested_at TEXT NOT NULL,
                status TEXT NOT NULL,
                answer TEXT,
                answered_by TEXT,
                answered_at TEXT);
            CREATE INDEX advice_requests_by_message ON advice_requests(message_id);
            CREATE INDEX advice_requests_by_status ON advice_requests(status, recipient_kind, recipient);
            """),
    ];

    /// <summary>Approvals made before version 8, from their texts while retention still keeps them.</summary>
    private static void BackfillDraftEditDistances(SqliteConnection connection)
    {
        var approvals = connection.Query("""
            SELECT d.id, d.reply_text, (SELECT json_group_array(t.text) FROM drafts t WHERE t.message_id = d.message_id AND t.text IS NOT NULL) AS drafts
            FROM decisions d WHERE d.action = 'approved' AND d.reply_text IS NOT NULL
            """, r => (Id: r.GetInt64(0), Sent: r.GetString(1), Drafts: System.Text.Json.JsonSerializer.Deserialize<List<string>>(r.GetString(2)) ?? []));
        foreach (var approval in approvals)
        {
            if (DraftEditDistance.ToNearest(approval.Drafts, approval.Sent) is { } distance)
                connection.Execute("UPDATE decisions SET draft_edit_distance = $d WHERE id = $id", ("$d", distance), ("$id", approval.Id));
        }
    }
}
