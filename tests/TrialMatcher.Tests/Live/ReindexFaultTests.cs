using NUnit.Framework;
using System.Globalization;
using TrialMatcher.Cli;
using TrialMatcher.Index;

namespace TrialMatcher.Tests.Live;

/// <summary>
/// Each fault against a real HTTP server on 127.0.0.1, during an incremental run that follows a clean one:
/// every study ends up indexed exactly once, nothing is lost, retries stay bounded (counted at the server).
/// </summary>
[TestFixture]
public sealed class ReindexFaultTests
{
    private LiveHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new LiveHarness();
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        // Second night: 4, 5 and 6 changed, 8 to 10 are new; 7 was updated on the watermark day (fetched again).
        var studies = Studies.Range(7);
        for (var n = 4; n <= 6; n++) studies[n - 1] = Studies.Study(n, $"2025-02-0{n}", "amended");
        studies.AddRange(Enumerable.Range(8, 3).Select(n => Studies.Study(n, $"2025-02-{n:D2}")));
        _h.Server.SetStudies(studies);
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    /// <summary>Fails the first <paramref name="times"/> requests for page token <paramref name="token"/> with <paramref name="fault"/>.</summary>
    private static Func<ServedRequest, Fault?> OnPage(string token, int times, Func<Fault> fault)
    {
        var seen = 0;
        return r => r.PageToken == token && Interlocked.Increment(ref seen) <= times ? fault() : null;
    }

    public static IEnumerable<TestCaseData> Faults()
    {
        TestCaseData Case(string name, Func<Func<ServedRequest, Fault?>> inject, int retries, int restarts, string log, int resent = 0) =>
            new TestCaseData(inject, retries, restarts, log, resent).SetName($"Reindex_{name}_IndexesEveryStudyOnceWithBoundedRetries");

        yield return Case("429RetryAfterSeconds", () => OnPage("p3", 2, () => new Fault.Status(429, "1")), 2, 0, "(Retry-After 1 s as seconds)");
        yield return Case("429RetryAfterHttpDate", () => OnPage("p3", 1, () => new Fault.Status(429, DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", CultureInfo.InvariantCulture))), 1, 0, "as HTTP date");
        yield return Case("503Burst", () => OnPage("p3", 3, () => new Fault.Status(503)), 3, 0, "HTTP 503");
        yield return Case("SlowerThanAttemptTimeout", () => OnPage("p3", 1, () => new Fault.Slow(TimeSpan.FromSeconds(20))), 1, 0, "after a timeout");
        yield return Case("TruncatedJson", () => OnPage("p3", 2, () => new Fault.TruncatedJson()), 2, 0, "not valid JSON");
        // SocketsHttpHandler itself sends a request again, up to 3 times, when a fresh connection closes before any
        // response byte; only when that fails too does the pipeline see an error. 5 drops = 4 silent re-sends + 1 retry.
        yield return Case("DroppedConnection", () => OnPage("p3", 5, () => new Fault.DropBeforeResponse()), 1, 0, "HttpRequestException", resent: 4);
        yield return Case("DroppedMidBody", () => OnPage("p3", 1, () => new Fault.DropMidBody()), 1, 0, "retry 1/");
        yield return Case("PageTokenExpiresMidRun", () => OnPage("p6", 1, () => new Fault.Status(400, Body: "{\"message\":\"pageToken expired\"}")), 0, 1, "page token expired");
    }

    [TestCaseSource(nameof(Faults))]
    public void Reindex_Fault(Func<Func<ServedRequest, Fault?>> inject, int retries, int restarts, string log, int resent)
    {
        var before = _h.Server.RequestCount;
        _h.Server.Faults = inject();

        var result = _h.Reindex("--json");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        _h.AssertEachOnce(Enumerable.Range(1, 10));
        var s = ReindexTests.Summary(result);
        var requests = _h.Server.RequestCount - before;
        TestContext.Out.WriteLine($"MEASURED {TestContext.CurrentContext.Test.Name}: {requests} requests at the server, {s.GetProperty("retries")} retries, {s.GetProperty("restarts")} restarts, {s.GetProperty("pages")} pages");
        Assert.Multiple(() =>
        {
            Assert.That(s.GetProperty("retries").GetInt64(), Is.EqualTo(retries), "retries");
            Assert.That(s.GetProperty("restarts").GetInt32(), Is.EqualTo(restarts), "restarts");
            // 3 pages, plus one request per retry, plus the pages read again after a restart (2 before the expired token),
            // plus the handler's own silent re-sends.
            Assert.That(requests, Is.EqualTo(3 + retries + restarts * 3 + resent), "requests at the server");
            Assert.That(s.GetProperty("requests").GetInt64(), Is.EqualTo(requests - resent), "requests as the pipeline counted them");
            Assert.That(s.GetProperty("fetched").GetInt64(), Is.EqualTo(7), "distinct studies fetched");
            Assert.That(s.GetProperty("updated").GetInt64(), Is.EqualTo(3));
            Assert.That(s.GetProperty("new").GetInt64(), Is.EqualTo(3));
            Assert.That(s.GetProperty("unchanged").GetInt64(), Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain(log));
            Assert.That(_h.Watermark(), Is.EqualTo("2025-02-10"));
        });
        if (retries > 0) Assert.That(result.Lines(" retry "), Is.EqualTo(retries), "one log line per retry");
    }

    [Test]
    public void Reindex_PersistentOutage_ExitsUpstreamUnavailableWithIndexAndWatermarkUnchanged()
    {
        var before = _h.Answers();
        var requests = _h.Server.RequestCount;
        _h.Server.Faults = _ => new Fault.Status(503);

        var result = _h.Reindex();

        var sent = _h.Server.RequestCount - requests;
        TestContext.Out.WriteLine($"MEASURED persistent 503: {sent} requests at the server, {result.Lines(" retry ")} retries logged");
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable), result.Error);
        Assert.That(sent, Is.InRange(1, 1 + LiveHarness.Fast.MaxRetryAttempts), "one request and at most its retries");
        Assert.That(result.Lines(" retry "), Is.EqualTo(LiveHarness.Fast.MaxRetryAttempts));
        Assert.That(result.Error, Does.Contain("ClinicalTrials.gov is unavailable").And.Contain("watermark are unchanged"));
        Assert.That(_h.Answers(), Is.EqualTo(before));
        Assert.That(_h.Watermark(), Is.EqualTo("2025-01-07"));
        _h.AssertEachOnce(Enumerable.Range(1, 7));
    }

    [Test]
    public void Reindex_OutageAfterSomePages_CommitsNothing()
    {
        var before = _h.Answers();
        _h.Server.Faults = r => r.PageToken == "p6" ? new Fault.DropBeforeResponse() : null;

        var result = _h.Reindex();

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable), result.Error);
        Assert.That(_h.Answers(), Is.EqualTo(before), "pages 1 and 2 were read but must not be visible");
        _h.AssertEachOnce(Enumerable.Range(1, 7));
    }

    [Test]
    public void Reindex_PageTokenExpiresEveryTime_GivesUpAfterBoundedRestarts()
    {
        var before = _h.Answers();
        var requests = _h.Server.RequestCount;
        _h.Server.Faults = r => r.PageToken is not null ? new Fault.Status(400) : null;

        var result = _h.Reindex();

        var sent = _h.Server.RequestCount - requests;
        TestContext.Out.WriteLine($"MEASURED token always expired: {sent} requests at the server");
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable), result.Error);
        Assert.That(sent, Is.EqualTo(3 * 2), "first page + expired token, for the first pass and each of 2 restarts");
        Assert.That(result.Error, Does.Contain("expired 3 times"));
        Assert.That(_h.Answers(), Is.EqualTo(before));
    }

    [Test]
    public void ReindexFull_LastPagesFailForGood_NoSwapOldIndexServesUpstreamUnavailable()
    {
        var before = _h.Answers();
        var paths = new IndexPaths(_h.IndexPath);
        _h.Server.Faults = r => r.PageToken == "p6" ? new Fault.Status(502) : null;

        var result = _h.Reindex("--full");

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable), result.Error);
        Assert.That(result.Error, Does.Contain("the previous index still serves"));
        Assert.That(File.Exists(paths.Building), Is.False, "the half-built index is removed");
        Assert.That(File.Exists(paths.Previous), Is.False, "no swap happened");
        Assert.That(_h.Answers(), Is.EqualTo(before));
        Assert.That(_h.Watermark(), Is.EqualTo("2025-01-07"));
    }
}
