using System.Text.Json;
using Microsoft.Data.Sqlite;
using TrialMatcher.Index;

namespace TrialMatcher.Live;

/// <summary>One row of the <c>runs</c> table; <see cref="Summary"/> is the run's JSON summary as stored.</summary>
public sealed record RunRow(long Id, string Kind, string StartedAt, string? FinishedAt, string Outcome, JsonElement Summary);

/// <summary>The history of re-index runs kept in the index's <c>runs</c> table.</summary>
public static class RunLog
{
    /// <summary>Meta key of the watermark: the newest LastUpdatePostDate (yyyy-MM-dd) among the studies of the last successful run.</summary>
    public const string WatermarkKey = "reindex.watermark";
    /// <summary>Meta key of the query (<see cref="StudyQuery.Signature"/>) the watermark belongs to.</summary>
    public const string QueryKey = "reindex.query";

    /// <summary>The most recent runs, newest first; empty when the index has no runs table yet.</summary>
    public static IReadOnlyList<RunRow> Recent(string indexPath, int limit)
    {
        using var c = IndexConnection.Open(indexPath, write: false);
        if (IndexConnection.Scalar<long>(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'") == 0) return [];
        using var q = c.CreateCommand();
        q.CommandText = "SELECT id, kind, started_at, finished_at, outcome, summary FROM runs ORDER BY id DESC LIMIT $n";
        q.Parameters.AddWithValue("$n", limit);
        using var r = q.ExecuteReader();
        var rows = new List<RunRow>();
        while (r.Read())
        {
            JsonElement summary;
            try { using var doc = JsonDocument.Parse(r.GetString(5)); summary = doc.RootElement.Clone(); }
            catch (JsonException) { summary = JsonSerializer.SerializeToElement(r.GetString(5), LiveJsonContext.Default.String); }
            rows.Add(new RunRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), summary));
        }
        return rows;
    }

    /// <summary>The runs of the index at <paramref name="path"/>, oldest first, for carrying history into a rebuilt index.</summary>
    internal static IEnumerable<(string Kind, DateTimeOffset Started, DateTimeOffset Finished, string Outcome, string Summary)> All(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            using var c = IndexConnection.Open(path, write: false);
            if (IndexConnection.Scalar<long>(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'") == 0) return [];
            using var q = c.CreateCommand();
            q.CommandText = "SELECT kind, started_at, coalesce(finished_at, started_at), outcome, summary FROM runs ORDER BY id";
            using var r = q.ExecuteReader();
            var rows = new List<(string, DateTimeOffset, DateTimeOffset, string, string)>();
            while (r.Read())
                rows.Add((r.GetString(0), DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                    DateTimeOffset.Parse(r.GetString(2), System.Globalization.CultureInfo.InvariantCulture), r.GetString(3), r.GetString(4)));
            return rows;
        }
        catch (SqliteException)
        {
            return [];
        }
    }

    /// <summary>Meta values of an existing, finished index (null when there is none or it cannot be read).</summary>
    internal static (string? Watermark, string? Query, bool Exists) State(string path)
    {
        var (index, _) = TrialIndex.Open(path);
        if (index is null) return (null, null, false);
        using (index) return (index.Meta(WatermarkKey), index.Meta(QueryKey), true);
    }

    /// <summary>Records a run that changed nothing else, in its own small transaction. Only on an existing index:
    /// a failed first run must not leave an empty index behind. Never throws: the run's own outcome matters more.</summary>
    internal static bool RecordAlone(string path, string kind, DateTimeOffset started, DateTimeOffset finished, ReindexSummary summary, TimeProvider clock, Action<string> log)
    {
        if (!State(path).Exists) return false;
        try
        {
            using var writer = TrialIndexWriter.Open(path, clock);
            writer.AddRun(kind, started, finished, summary.Outcome.ToString(), JsonSerializer.Serialize(summary, LiveJsonContext.Default.ReindexSummary));
            writer.Commit();
            return true;
        }
        catch (SqliteException ex)
        {
            CtGovResilience.Safe(log, $"could not record the run in {path}: {ex.Message}");
            return false;
        }
    }
}
