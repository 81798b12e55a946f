using NUnit.Framework;
using System.Text.Json;
using TrialMatcher.Cli;
using TrialMatcher.Index;
using TrialMatcher.Live;

namespace TrialMatcher.Tests.Live;

[TestFixture]
public sealed class ReindexTests
{
    private LiveHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new LiveHarness();

    [TearDown]
    public void TearDown() => _h.Dispose();

    internal static JsonElement Summary(LiveHarness.Result result)
    {
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Test]
    public void Reindex_CleanServer_IndexesEveryStudyOnceRepeatsQueryOnEveryPageAndRecordsRun()
    {
        var result = _h.Reindex("--status", "recruiting", "--json");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        _h.AssertEachOnce(Enumerable.Range(1, 7));
        var pages = _h.Server.PageRequests();
        Assert.That(pages.Select(p => p.PageToken), Is.EqualTo(new string?[] { null, "p3", "p6" }));
        Assert.Multiple(() =>
        {
            foreach (var p in pages)
            {
                Assert.That(p.Query["format"], Is.EqualTo("json"));
                Assert.That(p.Query["query.cond"], Is.EqualTo("cancer"));
                Assert.That(p.Query["filter.overallStatus"], Is.EqualTo("RECRUITING"));
                Assert.That(p.Query["pageSize"], Is.EqualTo("3"));
                Assert.That(p.Query.ContainsKey("countTotal"), Is.EqualTo(p.PageToken is null), "countTotal only on the first page");
                Assert.That(p.Query.ContainsKey("filter.advanced"), Is.False, "first run fetches everything");
            }
        });
        var s = Summary(result);
        Assert.That(s.GetProperty("fetched").GetInt64(), Is.EqualTo(7));
        Assert.That(s.GetProperty("new").GetInt64(), Is.EqualTo(7));
        Assert.That(s.GetProperty("totalCount").GetInt32(), Is.EqualTo(7));
        Assert.That(s.GetProperty("pages").GetInt32(), Is.EqualTo(3));
        Assert.That(s.GetProperty("retries").GetInt64(), Is.EqualTo(0));
        Assert.That(_h.Watermark(), Is.EqualTo("2025-01-07"));
        Assert.That(result.Error, Does.Contain("fetched 7 of 7, new 7"));
    }

    [Test]
    public void Reindex_SecondRun_FetchesFromWatermarkInclusivelyAndMovesIt()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        var changed = Studies.Range(7);
        changed[3] = Studies.Study(4, "2025-02-10", "revised");
        changed.Add(Studies.Study(8, "2025-02-11"));
        _h.Server.SetStudies(changed);
        var before = _h.Server.RequestCount;

        var result = _h.Reindex("--json");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        var second = _h.Server.PageRequests().Skip(before).ToList();
        Assert.That(second.All(r => r.Query["filter.advanced"] == "AREA[LastUpdatePostDate]RANGE[2025-01-07,MAX]"), "every page repeats the watermark filter");
        var s = Summary(result);
        // Study 7 (updated on the watermark day) comes again and is unchanged; 4 changed; 8 is new.
        Assert.That((s.GetProperty("fetched").GetInt64(), s.GetProperty("new").GetInt64(), s.GetProperty("updated").GetInt64(), s.GetProperty("unchanged").GetInt64()),
            Is.EqualTo((3L, 1L, 1L, 1L)));
        Assert.That(_h.Watermark(), Is.EqualTo("2025-02-11"));
        _h.AssertEachOnce(Enumerable.Range(1, 8));
    }

    [Test]
    public void Reindex_NothingChanged_KeepsWatermark()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        _h.Server.SetStudies(Studies.Range(6));
        var result = _h.Reindex("--json");
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Summary(result).GetProperty("fetched").GetInt64(), Is.Zero);
        Assert.That(_h.Watermark(), Is.EqualTo("2025-01-07"));
    }

    [Test]
    public void Reindex_WhileAnotherRunHoldsTheLock_ExitsLockedAtOnce()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        var requests = _h.Server.RequestCount;
        using var held = IndexLock.TryAcquire(new IndexPaths(_h.IndexPath));
        Assert.That(held, Is.Not.Null);

        var result = _h.Reindex();

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Locked));
        Assert.That(result.Error, Does.Contain("another run is writing"));
        Assert.That(_h.Server.RequestCount, Is.EqualTo(requests), "a locked run sends no request");
    }

    [Test]
    public void Reindex_UnreadableStudy_ExitsPartialUnlessAllowSkips()
    {
        var studies = Studies.Range(7);
        studies[1] = Studies.Study(2, "2025-01-02", minimumAge: "eighteen");
        _h.Server.SetStudies(studies);

        var partial = _h.Reindex("--json");
        Assert.That(partial.Exit, Is.EqualTo(ExitCodes.Partial), partial.Error);
        Assert.That(Summary(partial).GetProperty("failed").GetInt64(), Is.EqualTo(1));
        Assert.That(partial.Error, Does.Contain("skipped:").And.Contain("NCT08000002").And.Contain("minimumAge"));
        _h.AssertEachOnce([1, 3, 4, 5, 6, 7]);

        Assert.That(_h.Reindex("--allow-skips").Exit, Is.EqualTo(ExitCodes.Ok));
    }

    [TestCase("--since", "yesterday")]
    [TestCase("--full", "--since", "2025-01-01")]
    [TestCase("--status", "sleeping")]
    [TestCase("--page-size", "5000")]
    [TestCase("--base-url", "ftp://example.org")]
    public void Reindex_BadOption_ExitsUsage(params string[] args)
    {
        var result = _h.Reindex(args);
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(_h.Server.RequestCount, Is.Zero);
    }

    [Test]
    public void Reindex_ApiRefusesQuery_ExitsUsageAndChangesNothing()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        var before = _h.Answers();
        _h.Server.Faults = r => r.PageToken is null ? new Fault.Status(400, Body: "{\"message\":\"unknown field\"}") : null;
        var result = _h.Reindex();
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(result.Error, Does.Contain("refused the query").And.Contain("unknown field"));
        Assert.That(_h.Answers(), Is.EqualTo(before));
    }

    [Test]
    public void ReindexFull_Clean_SwapsInNewIndexKeepsPrevAndRunHistory()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        _h.Server.SetStudies(Studies.Range(5));

        var result = _h.Reindex("--full", "--json");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        _h.AssertEachOnce(Enumerable.Range(1, 5));
        var paths = new IndexPaths(_h.IndexPath);
        Assert.That(File.Exists(paths.Previous), "the replaced index is kept as .prev");
        Assert.That(File.Exists(paths.Building), Is.False);
        Assert.That(_h.Watermark(), Is.EqualTo("2025-01-05"));
        var runs = _h.Cli("runs", "--json");
        using var doc = JsonDocument.Parse(runs.Out);
        Assert.That(doc.RootElement.EnumerateArray().Select(r => r.GetProperty("kind").GetString()), Is.EqualTo(new[] { "reindex-full", "reindex-incremental" }));
    }

    [Test]
    public void ReindexFull_FetchedFarShortOfTotalCount_ExitsValidationFailedAndKeepsOldIndex()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        var before = _h.Answers();
        _h.Server.SetStudies(Studies.Range(5));
        _h.Server.TotalCountOverride = 100;

        var result = _h.Reindex("--full");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.ValidationFailed), result.Error);
        Assert.That(result.Error, Does.Contain("API counts 100"));
        Assert.That(_h.Answers(), Is.EqualTo(before));
        Assert.That(File.Exists(new IndexPaths(_h.IndexPath).Previous), Is.False, "no swap happened");
    }

    [Test]
    public void Runs_AfterSuccessfulAndFailedRuns_ListsBothNewestFirst()
    {
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        _h.Server.Faults = _ => new Fault.Status(503);
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable));

        var json = _h.Cli("runs", "--limit", "5", "--json");
        var text = _h.Cli("runs");

        Assert.That(json.Exit, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(json.Out);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "UpstreamUnavailable", "Succeeded" }));
        Assert.That(rows[0].GetProperty("summary").GetProperty("watermark").GetString(), Is.EqualTo("2025-01-07"));
        Assert.That(text.Out, Does.Contain("UpstreamUnavailable").And.Contain("Succeeded"));
    }

    [Test]
    public void CreateLimiter_OneRequestPerSecond_LetsOneThroughThenQueues()
    {
        using var limiter = ResilientHandler.CreateLimiter(1)!;
        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();
        Assert.That((first.IsAcquired, second.IsAcquired), Is.EqualTo((true, false)));
        Assert.That(ResilientHandler.CreateLimiter(0), Is.Null);
    }
}
