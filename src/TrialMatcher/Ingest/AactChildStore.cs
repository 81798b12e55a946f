using System.Text.Json;
using CsvHelper;
using Microsoft.Data.Sqlite;

namespace TrialMatcher.Ingest;

/// <summary>
/// AACT child tables on disk, for a streaming join: each row is stored as JSON under its table and NCT id in a
/// temporary SQLite file (deleted at dispose), then looked up per study while <c>studies.txt</c> streams.
/// </summary>
internal sealed class AactChildStore : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"trialmatcher-aact-{Guid.NewGuid():N}.db");
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _loading;
    private SqliteCommand? _lookup;

    public AactChildStore()
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        _connection.Open();
        using var c = _connection.CreateCommand();
        c.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; CREATE TABLE rows(tbl TEXT NOT NULL, nct TEXT NOT NULL, json TEXT NOT NULL);";
        c.ExecuteNonQuery();
        _loading = _connection.BeginTransaction();
    }

    /// <summary>One child table's rows for a study.</summary>
    public sealed class Table(AactChildStore store, string name)
    {
        public IReadOnlyList<Dictionary<string, string>> Rows(string nctId) => store.Rows(name, nctId);
    }

    /// <summary>Copies one pipe-delimited child table into the store (a missing file is an empty table).</summary>
    public Table Load(string directory, string file, List<IngestProblem> problems)
    {
        var path = Path.Combine(directory, file);
        var table = new Table(this, file);
        if (!File.Exists(path)) return table;
        using var insert = _connection.CreateCommand();
        insert.Transaction = _loading;
        insert.CommandText = "INSERT INTO rows(tbl, nct, json) VALUES($t, $n, $j)";
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var n = insert.Parameters.Add("$n", SqliteType.Text);
        var j = insert.Parameters.Add("$j", SqliteType.Text);
        t.Value = file;
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, AactFlatFileReader.Configuration(path, problems));
        if (!csv.Read()) return table;
        csv.ReadHeader();
        while (csv.Read())
        {
            var row = AactFlatFileReader.Row(csv);
            if (AactFlatFileReader.Get(row, "nct_id") is not { } id) continue;
            n.Value = id.ToUpperInvariant();
            j.Value = JsonSerializer.Serialize(row, AactJsonContext.Default.DictionaryStringString);
            insert.ExecuteNonQuery();
        }
        return table;
    }

    /// <summary>Ends loading: commits and indexes the rows for lookups.</summary>
    public void Seal()
    {
        _loading?.Commit();
        _loading = null;
        using var c = _connection.CreateCommand();
        c.CommandText = "CREATE INDEX rows_by_study ON rows(tbl, nct)";
        c.ExecuteNonQuery();
        _lookup = _connection.CreateCommand();
        _lookup.CommandText = "SELECT json FROM rows WHERE tbl = $t AND nct = $n ORDER BY rowid";
        _lookup.Parameters.Add("$t", SqliteType.Text);
        _lookup.Parameters.Add("$n", SqliteType.Text);
    }

    private List<Dictionary<string, string>> Rows(string table, string nctId)
    {
        var rows = new List<Dictionary<string, string>>();
        if (_lookup is null) return rows;
        _lookup.Parameters["$t"].Value = table;
        _lookup.Parameters["$n"].Value = nctId.ToUpperInvariant();
        using var reader = _lookup.ExecuteReader();
        while (reader.Read())
        {
            var row = JsonSerializer.Deserialize(reader.GetString(0), AactJsonContext.Default.DictionaryStringString);
            if (row is not null) rows.Add(new Dictionary<string, string>(row, StringComparer.OrdinalIgnoreCase));
        }
        return rows;
    }

    public void Dispose()
    {
        _lookup?.Dispose();
        _loading?.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearPool(_connection);
        try { File.Delete(_path); } catch (IOException) { /* a leftover temp file is harmless */ }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class AactJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
