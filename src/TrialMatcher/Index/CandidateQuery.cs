using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TrialMatcher.Index;

/// <summary>
/// Structured candidate selection for matching: trials linked to any of <see cref="CancerCodes"/> (through the
/// indexed trial_cancer_types table, not through text), filtered by status, age and sex.
/// </summary>
public sealed record CandidateQuery
{
    public required IReadOnlyList<string> CancerCodes { get; init; }
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public double? AgeYears { get; init; }
    public string? Sex { get; init; }
    /// <summary>Terms (biomarkers, therapies) whose BM25 relevance ranks trials within the candidates; never selects.</summary>
    public string? RankText { get; init; }
}

/// <summary>One candidate with the columns the matcher needs before it loads anything larger.</summary>
public sealed record Candidate(long Id, string NctId, string Title, string? Status, IReadOnlyList<string> Phases, string? LastUpdate,
    IReadOnlyList<string> MatchedCodes, double TextScore)
{
    /// <summary>The stored record's content hash: with <see cref="Id"/>, a key for caching what was derived from it.</summary>
    public string? ContentHash { get; init; }
}

public sealed partial class TrialIndex
{
    public IReadOnlyList<Candidate> Candidates(CandidateQuery query)
    {
        if (query.CancerCodes.Count == 0) return [];
        lock (_rows)
        {
            // Another connection committed (an ingest or re-index): rows remembered from before may be stale.
            var version = IndexConnection.Scalar<long>(_connection, "PRAGMA data_version");
            if (version != _rowsVersion || _rows.Count > MaxRememberedRows || _codesPlus.Count > MaxRememberedCombinations)
            {
                _rows.Clear(); _links.Clear(); _codesPlus.Clear(); _codeArrays.Clear(); _termScores.Clear();
                _termScoreCount = 0;
                _rowsVersion = version;
            }
            var scores = _textScores;
            scores.Clear();
            if (query.RankText is { Length: > 0 } text) SumTermScores(text, scores);

            var links = RememberedLinks(query);
            var missing = links.Where(l => !_rows.ContainsKey(l.Id)).Select(l => l.Id).ToList();
            if (missing.Count > 0) LoadRows(missing);

            var ageDays = query.AgeYears * 365.25;
            var statuses = query.Statuses.Count > 0 ? query.Statuses.ToHashSet(StringComparer.Ordinal) : null;
            var list = new List<Candidate>(links.Count);
            foreach (var (id, codes) in links)
            {
                if (!_rows.TryGetValue(id, out var row)) continue;
                // The same filters as AppendFilters, on remembered rows.
                if (statuses is not null && (row.Status is null || !statuses.Contains(row.Status))) continue;
                if (ageDays is { } days && (row.MinAgeDays > days || row.MaxAgeDays + 365.25 <= days)) continue;
                if (query.Sex is { } sex && row.Sex is not (null or "ALL") && !string.Equals(row.Sex, sex, StringComparison.Ordinal)) continue;
                list.Add(new Candidate(id, row.NctId, row.Title, row.Status, row.Phases, row.LastUpdate, CodeArray(codes), scores.GetValueOrDefault(id)) { ContentHash = row.ContentHash });
            }
            return list;
        }
    }

    /// <summary>
    /// The columns candidate selection needs, remembered per trial id for the life of this reader and forgotten when
    /// another connection commits (<c>PRAGMA data_version</c> changes). At registry scale a patient has thousands
    /// of candidates: looking each one up in the covering index cost more than the link rows that name them.
    /// </summary>
    private readonly Dictionary<long, CandidateRow> _rows = new();
    private long _rowsVersion = -1;
    private const int MaxRememberedRows = 250_000;
    private const int MaxRememberedCombinations = 100_000;

    private sealed record CandidateRow(string NctId, string Title, string? Status, IReadOnlyList<string> Phases, string? LastUpdate, string ContentHash, double? MinAgeDays, double? MaxAgeDays, string? Sex);

    /// <summary>
    /// The link rows of one cancer code (every status), in trial id order, remembered like <see cref="_rows"/>. A
    /// registry-scale index has ≈860k link rows; a patient's few codes name ≈10–20k of them, and reading those
    /// through SQL on every match (grouping them per trial) cost more than evaluating the candidates.
    /// </summary>
    private readonly Dictionary<string, CodeLinks> _links = new(StringComparer.Ordinal);

    private sealed record CodeLinks(long[] Ids, string?[] Statuses);

    /// <summary>
    /// Trials linked to any of the codes (with a wanted status), in trial id order, each with the codes that link it:
    /// what <see cref="LinkSelect"/> selects, from remembered link rows (a test checks they agree).
    /// </summary>
    private List<(long Id, string Codes)> RememberedLinks(CandidateQuery query)
    {
        var statuses = query.Statuses.Count > 0 ? query.Statuses.ToHashSet(StringComparer.Ordinal) : null;
        // Buffers kept from match to match (callers hold the lock on _rows): at registry scale they are large-object-heap
        // sized, and fresh ones per match made the runtime run full collections to reclaim them.
        var byTrial = _byTrial;
        byTrial.Clear();
        // Codes in the order SQLite's GROUP BY over the (code, status, trial_id) key gives them: by code.
        foreach (var code in query.CancerCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!_links.TryGetValue(code, out var links)) _links[code] = links = LoadLinks(code);
            for (var i = 0; i < links.Ids.Length; i++)
            {
                if (statuses is not null && (links.Statuses[i] is not { } s || !statuses.Contains(s))) continue;
                var id = links.Ids[i];
                byTrial[id] = byTrial.TryGetValue(id, out var codes) ? CodesPlus(codes, code) : code;
            }
        }
        var result = _trialLinks;
        result.Clear();
        foreach (var (id, codes) in byTrial) result.Add((id, codes));
        result.Sort((a, b) => a.Id.CompareTo(b.Id));
        return result;
    }

    /// <summary>
    /// "A|B" plus "C" is "A|B|C", and a trial's codes as an array: both made once per combination and remembered like
    /// the link rows. Thousands of candidates share a handful of combinations, and building them per candidate per
    /// match was a large share of what a match allocated.
    /// </summary>
    private string CodesPlus(string codes, string code)
    {
        if (!_codesPlus.TryGetValue((codes, code), out var joined)) _codesPlus[(codes, code)] = joined = codes + "|" + code;
        return joined;
    }

    private IReadOnlyList<string> CodeArray(string codes)
    {
        if (!_codeArrays.TryGetValue(codes, out var array)) _codeArrays[codes] = array = codes.Split('|');
        return array;
    }

    private readonly Dictionary<(string, string), string> _codesPlus = new();
    private readonly Dictionary<long, string> _byTrial = new();
    private readonly List<(long Id, string Codes)> _trialLinks = new();
    private readonly Dictionary<long, double> _textScores = new();
    private readonly Dictionary<string, string[]> _codeArrays = new(StringComparer.Ordinal);

    /// <summary>
    /// BM25 of each rank term on its own, remembered per term like the link rows. FTS5's bm25() of "A OR B" is, row by row,
    /// the sum of its phrases' terms in query order (a phrase absent from a row adds zero), so summing the remembered
    /// scores in the same order gives exactly what <see cref="TextScores"/> returns (a test checks it). Patients' rank terms
    /// come from a small vocabulary of genes and alterations, and one common term ("PD", "H" of "MSI-H") matches a large
    /// share of a registry-scale index: scoring it again on every match was a third of the slowest matches' time.
    /// </summary>
    private void SumTermScores(string text, Dictionary<long, double> scores)
    {
        foreach (var term in Tokens(text))
        {
            if (!_termScores.TryGetValue(term, out var termScores))
            {
                termScores = [];
                FillTextScores(term, termScores);
                // Bounded by rows, not terms: a term can match most of the index.
                if (_termScoreCount + termScores.Count > MaxRememberedTermScores) { _termScores.Clear(); _termScoreCount = 0; }
                _termScores[term] = termScores;
                _termScoreCount += termScores.Count;
            }
            foreach (var (id, score) in termScores)
                scores[id] = scores.TryGetValue(id, out var sum) ? sum + score : score;
        }
    }

    private readonly Dictionary<string, Dictionary<long, double>> _termScores = new(StringComparer.OrdinalIgnoreCase);
    private long _termScoreCount;
    private const long MaxRememberedTermScores = 4_000_000;

    private CodeLinks LoadLinks(string code)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT trial_id, status FROM trial_cancer_types WHERE code = $code ORDER BY trial_id";
        command.Parameters.AddWithValue("$code", code);
        var ids = new List<long>();
        var statuses = new List<string?>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            // Interned: a handful of distinct statuses over hundreds of thousands of rows.
            statuses.Add(reader.IsDBNull(1) ? null : string.Intern(reader.GetString(1)));
        }
        return new CodeLinks([.. ids], [.. statuses]);
    }

    /// <summary>
    /// The link rows of the patient's types — only those of trials with a wanted status, through the link table's
    /// (code, status, trial_id) key — grouped per trial. Binds its parameters on <paramref name="command"/>.
    /// </summary>
    private static string LinkSelect(SqliteCommand command, CandidateQuery query)
    {
        var statusFilter = "";
        if (query.Statuses.Count > 0)
        {
            var names = query.Statuses.Select((s, i) => { command.Parameters.AddWithValue($"$ls{i}", s); return $"$ls{i}"; });
            statusFilter = $" AND status IN ({string.Join(',', names)})";
        }
        command.Parameters.AddWithValue("$codes", JsonSerializer.Serialize(query.CancerCodes, IndexJsonContext.Default.IReadOnlyListString));
        return $"""
            SELECT trial_id AS id, group_concat(code, '|') AS codes FROM trial_cancer_types
            WHERE code IN (SELECT value FROM json_each($codes)){statusFilter}
            GROUP BY trial_id
            """;
    }

    private void LoadRows(List<long> ids)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, nct_id, title, status, phases, last_update, content_hash, min_age_days, max_age_days, sex
            FROM trials INDEXED BY trials_match WHERE id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", IdList(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _rows[reader.GetInt64(0)] = new CandidateRow(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4).Split('|', StringSplitOptions.RemoveEmptyEntries), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.IsDBNull(9) ? null : reader.GetString(9));
    }

    /// <summary>The candidate selection SQL with its parameters bound (the benchmark times it alone, without the matcher).</summary>
    internal SqliteCommand CandidateCommand(CandidateQuery query)
    {
        // The link rows, then each trial's columns through the covering index, never the wide row.
        var command = _connection.CreateCommand();
        var sql = new StringBuilder($"""
            WITH cand AS MATERIALIZED ({LinkSelect(command, query)})
            SELECT t.id, t.nct_id, t.title, t.status, t.phases, t.last_update, cand.codes, t.content_hash
            FROM cand CROSS JOIN trials t INDEXED BY trials_match ON t.id = cand.id
            WHERE 1 = 1
            """);
        AppendFilters(sql, command, new SearchQuery { Statuses = query.Statuses, AgeYears = query.AgeYears, Sex = query.Sex });
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>BM25 (as a positive number, larger is better) of every trial matching any of the words.</summary>
    public Dictionary<long, double> TextScores(string text)
    {
        var scores = new Dictionary<long, double>();
        FillTextScores(text, scores);
        return scores;
    }

    private void FillTextScores(string text, Dictionary<long, double> scores)
    {
        var match = MatchExpression(text, all: false);
        if (match.Length == 0) return;
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT rowid, bm25(trials_fts, {IndexSchema.Bm25Weights}) FROM trials_fts WHERE trials_fts MATCH $m";
        command.Parameters.AddWithValue("$m", match);
        using var reader = command.ExecuteReader();
        while (reader.Read()) scores[reader.GetInt64(0)] = -reader.GetDouble(1);
    }

    /// <summary>Stored parsed criteria (decompressed JSON) of the given trials, in one query.</summary>
    public Dictionary<long, byte[]> CriteriaOf(IEnumerable<long> ids) =>
        CompressedCriteriaOf(ids).ToDictionary(kv => kv.Key, kv => RecordCompression.Decompress(kv.Value));

    /// <summary>Row ids as a JSON array, for <c>IN (SELECT value FROM json_each($ids))</c>: one parameter however many ids.</summary>
    private static string IdList(IEnumerable<long> ids) => "[" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Which of these NCT ids the index holds.</summary>
    public HashSet<string> ExistingIds(IEnumerable<string> nctIds)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT nct_id FROM trials WHERE nct_id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(nctIds.Distinct().ToList(), IndexJsonContext.Default.IReadOnlyListString));
        using var reader = command.ExecuteReader();
        while (reader.Read()) found.Add(reader.GetString(0));
        return found;
    }

    /// <summary>Stored parsed criteria of the given trials as stored (compressed), for callers that decompress in parallel.</summary>
    internal Dictionary<long, byte[]> CompressedCriteriaOf(IEnumerable<long> ids)
    {
        var result = new Dictionary<long, byte[]>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, criteria FROM trials WHERE id IN (SELECT value FROM json_each($ids)) AND criteria IS NOT NULL";
        command.Parameters.AddWithValue("$ids", IdList(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read()) result[reader.GetInt64(0)] = (byte[])reader[1];
        return result;
    }

    /// <summary>Decompresses what <see cref="CompressedCriteriaOf"/> returned (thread-safe).</summary>
    internal static byte[] Decompress(byte[] stored) => RecordCompression.Decompress(stored);

    /// <summary>Full records of the given trials (for the ones a shortlist shows).</summary>
    public Dictionary<long, Records.TrialRecord> RecordsOf(IEnumerable<long> ids)
    {
        var result = new Dictionary<long, Records.TrialRecord>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, record FROM trials WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", IdList(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read()) result[reader.GetInt64(0)] = Records.RecordJson.Deserialize(RecordCompression.Decompress((byte[])reader[1]));
        return result;
    }

    /// <summary>
    /// Where a city is, from the coordinates of trial sites there (averaged at ingest): "Boston, MA", "Lyon, France".
    /// The region, when given, picks among cities of the same name; otherwise the city with the most sites wins.
    /// </summary>
    public (double Lat, double Lon)? Place(string city, string? region)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT region, lat, lon, sites FROM places WHERE city = $city ORDER BY sites DESC";
        command.Parameters.AddWithValue("$city", city.Trim().ToLowerInvariant());
        using var reader = command.ExecuteReader();
        (double, double)? best = null;
        while (reader.Read())
        {
            var here = (reader.GetDouble(1), reader.GetDouble(2));
            if (region is null) return here;
            var r = reader.GetString(0);
            if (r.Equals(region, StringComparison.OrdinalIgnoreCase)) return here;
            best ??= here;
        }
        return best;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class IndexJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
