using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using TrialMatcher.Records;

namespace TrialMatcher.Index;

/// <summary>Filters and text for a search. Empty lists mean "any".</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public IReadOnlyList<string> Phases { get; init; } = [];
    public double? AgeYears { get; init; }
    /// <summary>FEMALE or MALE: keeps trials open to that sex (ALL, that sex, or not stated).</summary>
    public string? Sex { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Rank trials holding every word first (the navigator's search); false gives plain BM25 over any word.</summary>
    public bool AllWordsFirst { get; init; } = true;
}

public sealed record SearchHit(string NctId, string Title, string? Status, IReadOnlyList<string> Phases, string Conditions, string? LastUpdate, double Score);

public sealed record IndexStats(
    string Path, long Trials, long FileBytes, string? LastWrite, int? SchemaVersion,
    IReadOnlyList<(string Value, long Count)> ByStatus, IReadOnlyList<(string Value, long Count)> ByStudyType,
    long WithCriteria, long CancerTypeLinks);

/// <summary>Why an index could not be opened, in words a navigator can act on.</summary>
public sealed record IndexOpenError(string Message);

/// <summary>
/// Read access to an index: search, fetch, statistics. Each instance holds one read-only connection; a search
/// sees one committed state of the index, never a half-written one.
/// </summary>
public sealed partial class TrialIndex : IDisposable
{
    private readonly SqliteConnection _connection;
    private long? _trialCount; // for the condition-word threshold; one reader sees one committed state

    public string Path { get; }

    private TrialIndex(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public static string HowToBuild => "build one with `trialmatcher ingest fixtures/trials` (or any folder of ClinicalTrials.gov records)";

    /// <summary>Opens an existing index read-only, or says why it cannot.</summary>
    public static (TrialIndex? Index, IndexOpenError? Error) Open(string path)
    {
        if (!File.Exists(path))
            return (null, new IndexOpenError($"No index at {path}: {HowToBuild}."));
        SqliteConnection? connection = null;
        try
        {
            connection = IndexConnection.Open(path, write: false, mapped: true);
            var version = IndexConnection.Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'schema_version'");
            if (version is null)
            {
                connection.Dispose();
                return (null, new IndexOpenError($"{path} is a SQLite file but not a finished TrialMatcher index: {HowToBuild}."));
            }
            if (int.TryParse(version, CultureInfo.InvariantCulture, out var v) && v != IndexSchema.Version)
            {
                connection.Dispose();
                return (null, new IndexOpenError(v < IndexSchema.Version
                    ? $"{path} was built by an older TrialMatcher (index schema {v}; this version reads {IndexSchema.Version}). Any `trialmatcher ingest --index {path} ...` or `reindex` upgrades it in place; `trialmatcher ingest --replace` rebuilds it."
                    : $"{path} was built by a newer TrialMatcher (index schema {v}; this version reads {IndexSchema.Version}). Use that version, or rebuild the index with `trialmatcher ingest --replace`."));
            }
            return (new TrialIndex(connection, path), null);
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            return (null, new IndexOpenError(
                $"{path} is not a readable TrialMatcher index ({ex.Message.TrimEnd('.')}). Rebuild it with `trialmatcher ingest --replace PATH...`, or restore the previous one with `trialmatcher rollback`."));
        }
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var tokens = Tokens(query.Text);
        if (tokens.Count == 0) return [];
        if (!query.AllWordsFirst) return Run(query, string.Join(" OR ", tokens.Select(Quote)), query.Limit, []);
        // 1. Trials with every word.
        var hits = Run(query, string.Join(' ', tokens.Select(Quote)), query.Limit, []);
        if (hits.Count >= query.Limit || tokens.Count == 1) return hits;

        // 2. Trials whose conditions or title hold the words that name what a trial is for (the words the index
        //    itself uses as conditions: "melanoma" in "melanoma BRAF"), ranked by all the words. A rare word found
        //    only in criteria ("BRAF") must not lift a colorectal trial above melanoma trials.
        var seen = hits.Select(h => h.NctId).ToHashSet(StringComparer.Ordinal);
        var anchors = tokens.Where(IsConditionWord).ToList();
        if (anchors.Count > 0 && anchors.Count < tokens.Count)
        {
            var anchored = $"{{conditions title}} : ({string.Join(" AND ", anchors.Select(Quote))}) AND ({string.Join(" OR ", tokens.Select(Quote))})";
            var more = Run(query, anchored, query.Limit - hits.Count, seen);
            hits.AddRange(more);
            seen.UnionWith(more.Select(h => h.NctId));
        }

        // 3. Trials with any of the words.
        if (hits.Count < query.Limit)
            hits.AddRange(Run(query, string.Join(" OR ", tokens.Select(Quote)), query.Limit - hits.Count, seen));
        return hits;
    }

    /// <summary>Whether a word appears in the conditions of a meaningful share of trials (at least 3, or 1 in 2,000).</summary>
    private bool IsConditionWord(string token)
    {
        _trialCount ??= Count();
        var threshold = Math.Max(3, _trialCount.Value / 2000);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM (SELECT 1 FROM trials_fts WHERE trials_fts MATCH $m LIMIT $t)";
        command.Parameters.AddWithValue("$m", "{conditions} : " + Quote(token));
        command.Parameters.AddWithValue("$t", threshold);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) >= threshold;
    }

    /// <summary>The FTS5 expression the search issues for a text, for diagnostics and benchmarks.</summary>
    public static string MatchExpression(string text, bool all = true) =>
        string.Join(all ? " " : " OR ", Tokens(text).Select(Quote));

    private List<SearchHit> Run(SearchQuery query, string match, int limit, HashSet<string> exclude)
    {
        var sql = new StringBuilder($"""
            SELECT t.nct_id, t.title, t.status, t.phases, t.conditions, t.last_update, bm25(trials_fts, {IndexSchema.Bm25Weights}) AS score
            FROM trials_fts CROSS JOIN trials t ON t.id = trials_fts.rowid
            WHERE trials_fts MATCH $match
            """);
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        AppendFilters(sql, command, query);
        sql.Append(" ORDER BY score LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit + exclude.Count);
        command.CommandText = sql.ToString();
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read() && hits.Count < limit)
        {
            var nct = reader.GetString(0);
            if (exclude.Contains(nct)) continue;
            hits.Add(new SearchHit(nct, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetDouble(6)));
        }
        return hits;
    }

    internal static void AppendFilters(StringBuilder sql, SqliteCommand command, SearchQuery query)
    {
        if (query.Statuses.Count > 0)
        {
            var names = query.Statuses.Select((s, i) => { command.Parameters.AddWithValue($"$st{i}", s); return $"$st{i}"; });
            sql.Append($" AND t.status IN ({string.Join(',', names)})");
        }
        if (query.Phases.Count > 0)
        {
            var clauses = query.Phases.Select((p, i) => { command.Parameters.AddWithValue($"$ph{i}", $"%|{p}|%"); return $"t.phases LIKE $ph{i}"; });
            sql.Append($" AND ({string.Join(" OR ", clauses)})");
        }
        if (query.AgeYears is { } age)
        {
            command.Parameters.AddWithValue("$ageDays", age * 365.25);
            // A bound stated in whole years admits the whole final year ("up to 65 Years" admits a 65-year-old).
            sql.Append(" AND (t.min_age_days IS NULL OR t.min_age_days <= $ageDays) AND (t.max_age_days IS NULL OR t.max_age_days + 365.25 > $ageDays)");
        }
        if (query.Sex is { } sex)
        {
            command.Parameters.AddWithValue("$sex", sex);
            sql.Append(" AND (t.sex IS NULL OR t.sex = 'ALL' OR t.sex = $sex)");
        }
    }

    public TrialRecord? Get(string nctId) => GetWithCriteria(nctId)?.Record;

    /// <summary>The stored record and its parsed criteria (JSON as derived at ingest, or null).</summary>
    public (TrialRecord Record, byte[]? CriteriaJson)? GetWithCriteria(string nctId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT record, criteria FROM trials WHERE nct_id = $nct";
        command.Parameters.AddWithValue("$nct", nctId.Trim().ToUpperInvariant());
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var record = RecordJson.Deserialize(RecordCompression.Decompress((byte[])reader[0]));
        var criteria = reader.IsDBNull(1) ? null : RecordCompression.Decompress((byte[])reader[1]);
        return (record, criteria);
    }

    public string? Meta(string key) =>
        IndexConnection.Scalar<string>(_connection, "SELECT value FROM meta WHERE key = $k", null, ("$k", key));

    public long Count() => IndexConnection.Scalar<long>(_connection, "SELECT count(*) FROM trials");

    public IndexStats Stats()
    {
        IReadOnlyList<(string, long)> Group(string column)
        {
            using var c = _connection.CreateCommand();
            c.CommandText = $"SELECT coalesce({column}, '(not stated)'), count(*) FROM trials GROUP BY 1 ORDER BY 2 DESC";
            using var r = c.ExecuteReader();
            var list = new List<(string, long)>();
            while (r.Read()) list.Add((r.GetString(0), r.GetInt64(1)));
            return list;
        }
        var version = Meta("schema_version");
        return new IndexStats(
            Path, Count(), new FileInfo(Path).Length, Meta("last_write"),
            version is null ? null : int.Parse(version, CultureInfo.InvariantCulture),
            Group("status"), Group("study_type"),
            IndexConnection.Scalar<long>(_connection, "SELECT count(*) FROM trials WHERE criteria IS NOT NULL"),
            IndexConnection.Scalar<long>(_connection, "SELECT count(*) FROM trial_cancer_types"));
    }

    /// <summary>The connection, for the matcher's candidate queries (same folder, same seam).</summary>
    internal SqliteConnection Connection => _connection;

    public void Dispose() => _connection.Dispose();

    /// <summary>Words of a query as FTS5 sees them: letters and digits; everything else separates.</summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) current.Append(ch);
            else if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
