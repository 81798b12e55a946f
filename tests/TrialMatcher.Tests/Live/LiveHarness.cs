using NUnit.Framework;
using Microsoft.Data.Sqlite;
using TrialMatcher.Cli;
using TrialMatcher.Index;
using TrialMatcher.Live;

namespace TrialMatcher.Tests.Live;

/// <summary>A temp folder with an index path, a fake API server, and the CLI run in-process with millisecond delays.</summary>
internal sealed class LiveHarness : IDisposable
{
    public LiveHarness()
    {
        Directory.CreateDirectory(Folder);
        Server = new FakeCtGovServer();
        Server.SetStudies(Studies.Range(7));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tm-live-" + Guid.NewGuid().ToString("N")[..8]);
    public string IndexPath => Path.Combine(Folder, "trials.db");
    public FakeCtGovServer Server { get; }

    /// <summary>The client settings the tests use: the same pipeline, millisecond delays, no rate limit.</summary>
    public static CtGovClientOptions Fast => new()
    {
        TotalTimeout = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromMilliseconds(500),
        MaxRetryAttempts = 5,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(40),
        BreakerMinimumThroughput = 5,
        BreakerSamplingDuration = TimeSpan.FromSeconds(10),
        BreakDuration = TimeSpan.FromMilliseconds(500), // Polly's minimum
        RequestsPerSecond = 0,
    };

    public sealed record Result(int Exit, string Out, string Error)
    {
        public int Lines(string text) => Error.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));
    }

    public Result Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext { Out = output, Error = error, Http = Fast };
        var exit = TrialMatcher.Cli.Cli.Run([.. args, "--index", IndexPath], context);
        TestContext.Out.WriteLine($"$ trialmatcher {string.Join(' ', args)}  → exit {exit}, {Server.RequestCount} requests so far");
        TestContext.Out.WriteLine(error.ToString());
        return new Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>reindex against the fake server with small pages.</summary>
    public Result Reindex(params string[] extra) => Cli(["reindex", "--base-url", Server.BaseUrl.ToString(), "--page-size", "3", .. extra]);

    /// <summary>NCT id → how many rows in trials, and how many full-text rows its unique keyword finds.</summary>
    public Dictionary<string, (long Rows, long TextRows)> Census()
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = IndexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        var result = new Dictionary<string, (long, long)>();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT nct_id, count(*) FROM trials GROUP BY nct_id";
        using (var r = q.ExecuteReader()) while (r.Read()) result[r.GetString(0)] = (r.GetInt64(1), 0);
        foreach (var nct in result.Keys.ToList())
        {
            using var f = c.CreateCommand();
            f.CommandText = "SELECT count(*) FROM trials_fts WHERE trials_fts MATCH $m";
            f.Parameters.AddWithValue("$m", "tagq" + int.Parse(nct[5..], System.Globalization.CultureInfo.InvariantCulture));
            result[nct] = (result[nct].Item1, (long)f.ExecuteScalar()!);
        }
        return result;
    }

    /// <summary>Asserts the index holds exactly studies <paramref name="expected"/>, each once (one row, one text row).</summary>
    public void AssertEachOnce(IEnumerable<int> expected)
    {
        var census = Census();
        Assert.That(census.Keys, Is.EquivalentTo(expected.Select(Studies.Nct)), "NCT ids in the index");
        Assert.That(census.Where(kv => kv.Value != (1, 1)).Select(kv => $"{kv.Key}: {kv.Value}"), Is.Empty, "studies not indexed exactly once");
    }

    /// <summary>Answers to a fixed set of searches, as text, for before/after comparisons.</summary>
    public string Answers()
    {
        var (index, error) = TrialIndex.Open(IndexPath);
        Assert.That(error, Is.Null, error?.Message);
        using (index)
        {
            var lines = new List<string>();
            foreach (var text in new[] { "widgetinib", "solid tumours", "zephyrine", "tagq3", "measurable disease" })
                lines.Add(text + " => " + string.Join(",", index!.Search(new SearchQuery { Text = text, Limit = 100 }).Select(h => $"{h.NctId}:{h.Title}")));
            lines.Add("meta watermark => " + index!.Meta(RunLog.WatermarkKey));
            return string.Join('\n', lines);
        }
    }

    public string? Watermark()
    {
        var (index, _) = TrialIndex.Open(IndexPath);
        using (index) return index?.Meta(RunLog.WatermarkKey);
    }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
