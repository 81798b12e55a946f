using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using TrialMatcher.Records;

namespace TrialMatcher.Index;

/// <summary>
/// Writes trials into one index database inside a single transaction: nothing is visible to searches until
/// <see cref="Commit"/>, and a crash before it leaves the database as it was (SQLite rolls the journal back on
/// the next open). Records are upserted by NCT id; an unchanged record (same content hash) is not re-derived or
/// rewritten.
/// </summary>
public sealed class TrialIndexWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _ftsDelete;
    private readonly SqliteCommand _ftsInsert;
    private readonly SqliteCommand _typesDelete;
    private readonly SqliteCommand _typesInsert;
    private readonly SqliteCommand _place;
    private bool _done;

    private TrialIndexWriter(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        _transaction = connection.BeginTransaction(deferred: false);
        // Schema changes join the writer's transaction: an upgrade that fails leaves the old index as it was.
        if (NeedsMigrationFrom1(connection, _transaction)) IndexConnection.Execute(connection, IndexSchema.MigrateFrom1, _transaction);
        IndexConnection.Execute(connection, IndexSchema.Ddl, _transaction);
        _find = Command("SELECT id, content_hash FROM trials WHERE nct_id = $nct");
        _insert = Command("""
            INSERT INTO trials(nct_id, status, phases, study_type, sex, min_age_days, max_age_days, last_update, title, conditions, content_hash, record, criteria, indexed_at)
            VALUES($nct, $status, $phases, $type, $sex, $min, $max, $updated, $title, $conditions, $hash, $record, $criteria, $now)
            RETURNING id
            """);
        _update = Command("""
            UPDATE trials SET status=$status, phases=$phases, study_type=$type, sex=$sex, min_age_days=$min, max_age_days=$max,
                last_update=$updated, title=$title, conditions=$conditions, content_hash=$hash, record=$record, criteria=$criteria, indexed_at=$now
            WHERE id = $id
            """);
        _ftsDelete = Command("DELETE FROM trials_fts WHERE rowid = $id");
        _ftsInsert = Command("""
            INSERT INTO trials_fts(rowid, title, conditions, keywords, interventions, criteria, summary)
            VALUES($id, $title, $conditions, $keywords, $interventions, $criteria, $summary)
            """);
        _typesDelete = Command("DELETE FROM trial_cancer_types WHERE trial_id = $id");
        _typesInsert = Command("INSERT OR IGNORE INTO trial_cancer_types(code, status, trial_id) VALUES($code, $status, $id)");
        // Site coordinates, averaged per city: the gazetteer that places a patient who gives a city, offline.
        _place = Command("""
            INSERT INTO places(city, region, lat, lon, sites) VALUES($city, $region, $lat, $lon, 1)
            ON CONFLICT(city, region) DO UPDATE SET lat = (lat * sites + excluded.lat) / (sites + 1),
                lon = (lon * sites + excluded.lon) / (sites + 1), sites = sites + 1 WHERE sites < 50
            """);
    }

    /// <summary>A version-1 index: its link table has no status column.</summary>
    private static bool NeedsMigrationFrom1(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var c = connection.CreateCommand();
        c.Transaction = transaction;
        c.CommandText = "SELECT count(*) FROM pragma_table_info('trial_cancer_types') WHERE name = 'status'";
        var hasStatus = (long)c.ExecuteScalar()! > 0;
        c.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'trial_cancer_types'";
        return !hasStatus && (long)c.ExecuteScalar()! > 0;
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> for one write transaction.</summary>
    public static TrialIndexWriter Open(string path, TimeProvider? clock = null, bool bulk = false)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        return new TrialIndexWriter(IndexConnection.Open(path, write: true, bulk), clock ?? TimeProvider.System);
    }

    /// <summary>Content hash of a record: what decides whether a re-ingested record changed.</summary>
    public static string ContentHash(TrialRecord record) =>
        Convert.ToHexString(SHA256.HashData(RecordJson.Serialize(record with { Origin = null })), 0, 16);

    /// <summary>Whether the index already holds this exact record, without deriving anything.</summary>
    public UpsertOutcome Classify(TrialRecord record, out long? id) => Classify(record.NctId, ContentHash(record), out id);

    /// <summary>Whether the index holds this NCT id with this content hash (the check made before deriving).</summary>
    internal bool IsUnchanged(string nctId, string contentHash) => Classify(nctId, contentHash, out _) == UpsertOutcome.Unchanged;

    private UpsertOutcome Classify(string nctId, string hash, out long? id)
    {
        _find.Parameters["$nct"].Value = nctId;
        using var reader = _find.ExecuteReader();
        if (!reader.Read()) { id = null; return UpsertOutcome.Added; }
        id = reader.GetInt64(0);
        return reader.GetString(1) == hash ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;
    }

    /// <summary>Adds or replaces the trial with this NCT id; <paramref name="derive"/> runs only when it changed.</summary>
    public UpsertOutcome Upsert(TrialRecord record, DocumentDeriver derive)
    {
        var hash = ContentHash(record);
        if (Classify(record.NctId, hash, out _) == UpsertOutcome.Unchanged) return UpsertOutcome.Unchanged;
        return Write(Prepare(derive(record), hash));
    }

    /// <summary>
    /// Everything of a derived document that needs no database: the serialized, compressed record and criteria.
    /// Thread-safe, so a bulk ingest prepares documents on several cores while one thread writes.
    /// </summary>
    internal static PreparedDocument Prepare(IndexDocument document, string contentHash) => new(
        document.Record, contentHash, document.CancerTypes,
        RecordCompression.Compress(RecordJson.Serialize(document.Record)),
        document.CriteriaJson is null ? null : RecordCompression.Compress(document.CriteriaJson));

    /// <summary>Adds or replaces a prepared document (unchanged when the index holds the same content hash).</summary>
    internal UpsertOutcome Write(PreparedDocument document)
    {
        var record = document.Record;
        var outcome = Classify(record.NctId, document.ContentHash, out var existing);
        if (outcome == UpsertOutcome.Unchanged) return outcome;
        var now = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var cmd = existing is null ? _insert : _update;
        Bind(cmd, document, now);
        long id;
        if (existing is { } e)
        {
            cmd.Parameters["$id"].Value = e;
            cmd.ExecuteNonQuery();
            id = e;
            _ftsDelete.Parameters["$id"].Value = id;
            _ftsDelete.ExecuteNonQuery();
            _typesDelete.Parameters["$id"].Value = id;
            _typesDelete.ExecuteNonQuery();
        }
        else
        {
            id = (long)cmd.ExecuteScalar()!;
        }
        WriteText(id, record);
        if (outcome == UpsertOutcome.Added) WritePlaces(record);
        foreach (var code in document.CancerTypes.Distinct(StringComparer.Ordinal))
        {
            _typesInsert.Parameters["$code"].Value = code;
            _typesInsert.Parameters["$status"].Value = record.OverallStatus ?? "";
            _typesInsert.Parameters["$id"].Value = id;
            _typesInsert.ExecuteNonQuery();
        }
        return outcome;
    }

    /// <summary>Removes a trial (the registry withdrew it); returns whether it was there.</summary>
    public bool Delete(string nctId)
    {
        _find.Parameters["$nct"].Value = nctId;
        var id = _find.ExecuteScalar() as long?;
        if (id is null) return false;
        foreach (var sql in new[] { "DELETE FROM trials_fts WHERE rowid = $id", "DELETE FROM trial_cancer_types WHERE trial_id = $id", "DELETE FROM trials WHERE id = $id" })
        {
            using var c = Command(sql);
            c.Parameters["$id"].Value = id;
            c.ExecuteNonQuery();
        }
        return true;
    }

    public void SetMeta(string key, string value)
    {
        using var c = Command("INSERT INTO meta(key, value) VALUES($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        c.Parameters["$k"].Value = key;
        c.Parameters["$v"].Value = value;
        c.ExecuteNonQuery();
    }

    public long AddRun(string kind, DateTimeOffset started, DateTimeOffset finished, string outcome, string summaryJson)
    {
        using var c = Command("INSERT INTO runs(kind, started_at, finished_at, outcome, summary) VALUES($kind, $s, $f, $o, $j) RETURNING id");
        c.Parameters["$kind"].Value = kind;
        c.Parameters["$s"].Value = started.ToString("O", CultureInfo.InvariantCulture);
        c.Parameters["$f"].Value = finished.ToString("O", CultureInfo.InvariantCulture);
        c.Parameters["$o"].Value = outcome;
        c.Parameters["$j"].Value = summaryJson;
        return (long)c.ExecuteScalar()!;
    }

    public long Count() => IndexConnection.Scalar<long>(_connection, "SELECT count(*) FROM trials", _transaction);

    /// <summary>Makes every change of this writer visible at once.</summary>
    public void Commit()
    {
        SetMeta("schema_version", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
        SetMeta("last_write", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
        {
            try { _transaction.Rollback(); } catch (SqliteException) { /* connection already broken: SQLite rolls back on next open */ }
        }
        foreach (var c in new[] { _find, _insert, _update, _ftsDelete, _ftsInsert, _typesDelete, _typesInsert, _place }) c.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    private void WriteText(long id, TrialRecord r)
    {
        var p = _ftsInsert.Parameters;
        p["$id"].Value = id;
        p["$title"].Value = Join(r.BriefTitle, r.OfficialTitle);
        p["$conditions"].Value = Join([.. r.Conditions, .. r.MeshTerms]);
        p["$keywords"].Value = Join([.. r.Keywords]);
        p["$interventions"].Value = Join(r.Interventions.SelectMany(i => new[] { i.Name }.Concat(i.OtherNames)).ToArray());
        p["$criteria"].Value = r.EligibilityCriteria ?? "";
        p["$summary"].Value = r.BriefSummary ?? "";
        _ftsInsert.ExecuteNonQuery();
    }

    private void WritePlaces(TrialRecord r)
    {
        foreach (var l in r.Locations)
        {
            if (l.City is not { Length: > 0 } city || l.Latitude is not { } lat || l.Longitude is not { } lon) continue;
            _place.Parameters["$city"].Value = city.Trim().ToLowerInvariant();
            _place.Parameters["$region"].Value = (l.State ?? l.Country ?? "").Trim().ToLowerInvariant();
            _place.Parameters["$lat"].Value = lat;
            _place.Parameters["$lon"].Value = lon;
            _place.ExecuteNonQuery();
        }
    }

    private static string Join(params string?[] parts) => string.Join(" \n ", parts.Where(x => !string.IsNullOrWhiteSpace(x)));

    private static void Bind(SqliteCommand cmd, PreparedDocument d, string now)
    {
        var r = d.Record;
        var p = cmd.Parameters;
        void Set(string name, object? value)
        {
            if (p.Contains(name)) p[name].Value = value ?? DBNull.Value;
        }
        Set("$nct", r.NctId);
        Set("$status", r.OverallStatus);
        Set("$phases", r.Phases.Count == 0 ? "" : "|" + string.Join('|', r.Phases) + "|");
        Set("$type", r.StudyType);
        Set("$sex", r.Sex);
        Set("$min", r.MinimumAge.Days);
        Set("$max", r.MaximumAge.Days);
        Set("$updated", r.LastUpdatePosted?.Iso);
        Set("$title", r.DisplayTitle);
        Set("$conditions", string.Join("; ", r.Conditions));
        Set("$hash", d.ContentHash);
        Set("$record", d.RecordBlob);
        Set("$criteria", d.CriteriaBlob);
        Set("$now", now);
    }

    private SqliteCommand Command(string sql)
    {
        var c = _connection.CreateCommand();
        c.CommandText = sql;
        c.Transaction = _transaction;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+"))
        {
            if (!c.Parameters.Contains(m.Value)) c.Parameters.Add(new SqliteParameter(m.Value, null));
        }
        return c;
    }
}

/// <summary>A document ready to store: the record, its content hash, cancer types and compressed blobs.</summary>
internal sealed record PreparedDocument(TrialRecord Record, string ContentHash, IReadOnlyList<string> CancerTypes, byte[] RecordBlob, byte[]? CriteriaBlob);

/// <summary>Stored records are Brotli-compressed JSON: criteria text compresses about 4:1 and the index is read far more than written.</summary>
internal static class RecordCompression
{
    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 3 + 16);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(data);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(data.Length * 4);
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
