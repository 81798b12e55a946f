using NUnit.Framework;
using System.Collections.Concurrent;
using System.Diagnostics;
using TrialMatcher.Cli;
using TrialMatcher.Index;

namespace TrialMatcher.Tests.Live;

/// <summary>Searches during a run, and a run killed half-way: readers see the old state or the new one, never a mix.</summary>
[TestFixture]
public sealed class ReindexConsistencyTests
{
    private LiveHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new LiveHarness();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void Reindex_SearchesInLoopDuringRun_SeeBothRelatedChangesOrNeither()
    {
        _h.Server.SetStudies(Studies.Range(12));
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        // Studies 1 (first page) and 12 (last page) change together: both titles gain "zephyrine".
        var changed = Enumerable.Range(1, 12).Select(n => Studies.Study(n, "2025-02-01", n is 1 or 12 ? "zephyrine" : null)).ToList();
        _h.Server.SetStudies(changed);
        _h.Server.PageDelay = TimeSpan.FromMilliseconds(40);

        var seen = new ConcurrentBag<int>();
        var errors = new ConcurrentBag<Exception>();
        var readsDuringRun = 0;
        var running = 1;
        var stopAfter = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            while (Volatile.Read(ref running) == 1 || Interlocked.Increment(ref stopAfter) < 40)
            {
                try
                {
                    var (index, error) = TrialIndex.Open(_h.IndexPath);
                    if (error is not null) throw new InvalidOperationException(error.Message);
                    using (index)
                    {
                        var during = Volatile.Read(ref running) == 1;
                        var hits = index!.Search(new SearchQuery { Text = "zephyrine", Limit = 50 }).Select(h => h.NctId).ToList();
                        seen.Add(hits.Count);
                        if (hits.Count == 1) errors.Add(new InvalidOperationException($"a search saw one change without the other: {hits[0]}"));
                        if (during) Interlocked.Increment(ref readsDuringRun);
                    }
                }
                catch (Exception ex)
                {
                    errors.Add(ex);
                }
            }
        })).ToList();
        readers.ForEach(t => t.Start());

        var result = _h.Reindex();
        Volatile.Write(ref running, 0);
        readers.ForEach(t => t.Join());

        TestContext.Out.WriteLine($"MEASURED searches: {seen.Count} in all, {readsDuringRun} during the run; saw 0 hits {seen.Count(c => c == 0)} times, 2 hits {seen.Count(c => c == 2)} times");
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(errors.Select(e => e.Message), Is.Empty);
        Assert.That(seen.Distinct(), Is.SubsetOf(new[] { 0, 2 }));
        Assert.That(readsDuringRun, Is.GreaterThan(0), "searches ran while the run was writing");
        Assert.That(seen, Does.Contain(0), "searches during the run saw the old state");
        Assert.That(seen, Does.Contain(2), "searches after the commit saw the new state");
        _h.AssertEachOnce(Enumerable.Range(1, 12));
    }

    [Test]
    public void Reindex_KilledMidRun_IndexStillAnswersAsBeforeAndNextRunCompletes()
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "trialmatcher.dll");
        Assert.That(File.Exists(cli), $"the built CLI is expected beside the tests: {cli}");
        Assert.That(_h.Reindex().Exit, Is.EqualTo(ExitCodes.Ok));
        var before = _h.Answers();
        var changed = Enumerable.Range(1, 20).Select(n => Studies.Study(n, "2025-03-01", "zephyrine")).ToList();
        _h.Server.SetStudies(changed);
        _h.Server.PageDelay = TimeSpan.FromMilliseconds(150);
        var pagesBefore = _h.Server.PagesServed;

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { cli, "reindex", "--index", _h.IndexPath, "--base-url", _h.Server.BaseUrl.ToString(), "--page-size", "2", "--rate", "1000" })
            start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var stderr = new ConcurrentQueue<string>();
        child.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.Enqueue(e.Data); };
        child.OutputDataReceived += (_, _) => { };
        child.BeginErrorReadLine();
        child.BeginOutputReadLine();

        // Kill once the child has read three pages (and upserted them, uncommitted); give up waiting after a minute.
        var waited = Stopwatch.StartNew();
        while (_h.Server.PagesServed < pagesBefore + 3 && !child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(1)) Thread.Sleep(10);
        Assert.That(child.HasExited, Is.False, "the child ended before it could be killed: " + string.Join('\n', stderr));
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        TestContext.Out.WriteLine($"MEASURED killed after {_h.Server.PagesServed - pagesBefore} pages; child stderr:\n{string.Join('\n', stderr)}");

        Assert.That(_h.Answers(), Is.EqualTo(before), "the index opens and answers as before the killed run");
        using (var lockAfterKill = IndexLock.TryAcquire(new IndexPaths(_h.IndexPath)))
            Assert.That(lockAfterKill, Is.Not.Null, "the kernel released the dead run's lock");

        _h.Server.PageDelay = TimeSpan.Zero;
        var next = _h.Reindex();
        Assert.That(next.Exit, Is.EqualTo(ExitCodes.Ok), next.Error);
        _h.AssertEachOnce(Enumerable.Range(1, 20));
        Assert.That(_h.Watermark(), Is.EqualTo("2025-03-01"));
        var (index, _) = TrialIndex.Open(_h.IndexPath);
        using (index) Assert.That(index!.Search(new SearchQuery { Text = "zephyrine", Limit = 50 }), Has.Count.EqualTo(20));
    }
}
