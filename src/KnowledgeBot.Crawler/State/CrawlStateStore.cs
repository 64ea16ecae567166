using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Crawler.State;

/// <summary>
/// Validators (ETag, Last-Modified), indexed document id and links of every crawled URL, in SQLite in the data
/// directory. Written in one transaction after the index update of a crawl has committed, so an interrupted
/// crawl leaves the previous state, consistent with the previous index.
/// </summary>
public sealed class CrawlStateStore
{
    public const string FileName = "crawl-state.db";

    private readonly string _connectionString;

    public CrawlStateStore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, FileName), Pooling = false }.ToString();
        using var connection = Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS crawled_pages (
                url TEXT PRIMARY KEY,
                document_id TEXT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                links TEXT NOT NULL,
                crawled_at TEXT NOT NULL)
            """;
        create.ExecuteNonQuery();
    }

    public IReadOnlyDictionary<string, PageState> LoadAll()
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT url, document_id, etag, last_modified, links, crawled_at FROM crawled_pages";
        using var reader = select.ExecuteReader();
        var pages = new Dictionary<string, PageState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            pages[reader.GetString(0)] = new PageState(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture));
        }
        return pages;
    }

    /// <summary>Records the crawled pages and forgets the removed URLs, atomically.</summary>
    public void Save(IEnumerable<PageState> pages, IEnumerable<string> forgottenUrls)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO crawled_pages (url, document_id, etag, last_modified, links, crawled_at)
                VALUES ($url, $id, $etag, $modified, $links, $crawled)
                ON CONFLICT(url) DO UPDATE SET document_id = $id, etag = $etag, last_modified = $modified, links = $links, crawled_at = $crawled
                """;
            var url = upsert.Parameters.Add("$url", SqliteType.Text);
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var etag = upsert.Parameters.Add("$etag", SqliteType.Text);
            var modified = upsert.Parameters.Add("$modified", SqliteType.Text);
            var links = upsert.Parameters.Add("$links", SqliteType.Text);
            var crawled = upsert.Parameters.Add("$crawled", SqliteType.Text);
            foreach (var page in pages)
            {
                url.Value = page.Url;
                id.Value = (object?)page.DocumentId ?? DBNull.Value;
                etag.Value = (object?)page.ETag ?? DBNull.Value;
                modified.Value = (object?)page.LastModified?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value;
                links.Value = JsonSerializer.Serialize(page.Links);
                crawled.Value = page.CrawledAt.ToString("O", CultureInfo.InvariantCulture);
                upsert.ExecuteNonQuery();
            }
        }
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM crawled_pages WHERE url = $url";
            var url = delete.Parameters.Add("$url", SqliteType.Text);
            foreach (var forgotten in forgottenUrls)
            {
                url.Value = forgotten;
                delete.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
