using System.Text.RegularExpressions;
using KnowledgeBot.Core.Documents;
using Lucene.Net.Analysis.Fr;
using Microsoft.Data.Sqlite;

namespace KnowledgeBot.Bench.Engines;

/// <summary>
/// Baseline: SQLite's FTS5 as Microsoft.Data.Sqlite ships it, one row per whole document,
/// <c>unicode61 remove_diacritics 2</c> tokenizer, results ordered by FTS5's built-in bm25.
/// A question becomes the OR of its words less French stop words (the list FrenchAnalyzer uses): FTS5 has
/// no stop list, and with "de", "la", "je" in the OR every document matches and a search takes seconds at 100k.
/// </summary>
public sealed partial class SqliteFts5Engine(string directory) : IEngineUnderTest
{
    private readonly string _file = Path.Combine(directory, "fts5.db");
    private SqliteConnection? _connection;
    private SqliteCommand? _search;

    public async Task<IndexedCounts> BuildAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');");

        var count = 0;
        await using (var transaction = connection.BeginTransaction())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs(id, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                id.Value = document.Id;
                title.Value = document.Title;
                body.Value = BaselineText.Body(document);
                insert.ExecuteNonQuery();
                count++;
            }
            transaction.Commit();
        }
        Execute(connection, "INSERT INTO docs(docs) VALUES('optimize');");
        return new IndexedCounts(count, count);
    }

    public void OpenForSearch()
    {
        _connection = new SqliteConnection($"Data Source={_file};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        _search = _connection.CreateCommand();
        _search.CommandText = "SELECT id FROM docs WHERE docs MATCH $query ORDER BY rank LIMIT $top";
        _search.Parameters.Add("$query", SqliteType.Text);
        _search.Parameters.Add("$top", SqliteType.Integer);
        _search.Prepare();
    }

    public IReadOnlyList<string> Search(string question, int top)
    {
        var terms = Word().Matches(question)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(word => !FrenchAnalyzer.DefaultStopSet.Contains(word))
            .Distinct()
            .Select(word => $"\"{word}\"")
            .ToList();
        if (terms.Count == 0)
            return [];
        var search = _search ?? throw new InvalidOperationException("Open the index first.");
        search.Parameters["$query"].Value = string.Join(" OR ", terms);
        search.Parameters["$top"].Value = top;
        var ids = new List<string>(top);
        using var reader = search.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    public void Dispose()
    {
        _search?.Dispose();
        _connection?.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
