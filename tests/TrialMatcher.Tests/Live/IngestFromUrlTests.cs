using NUnit.Framework;
using System.IO.Compression;
using System.Text;
using TrialMatcher.Cli;
using TrialMatcher.Index;

namespace TrialMatcher.Tests.Live;

[TestFixture]
public sealed class IngestFromUrlTests
{
    private LiveHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new LiveHarness();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var n = 1; n <= 7; n++)
            {
                using var entry = zip.CreateEntry($"ctg-studies/{Studies.Nct(n)}.json").Open();
                entry.Write(Encoding.UTF8.GetBytes(Studies.Study(n, "2025-01-01")));
            }
        }
        _h.Server.Files["/ctg-studies.json.zip"] = buffer.ToArray();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    private string Url => new Uri(_h.Server.BaseUrl, "/ctg-studies.json.zip").ToString();

    [Test]
    public void IngestUrl_DroppedMidBodyThenOk_DownloadsAgainAndIngestsEveryStudyOnce()
    {
        var seen = 0;
        _h.Server.Faults = r => !r.IsPage && Interlocked.Increment(ref seen) == 1 ? new Fault.DropMidBody() : null;

        var result = _h.Cli("ingest", "--replace", Url);

        TestContext.Out.WriteLine($"MEASURED bulk download with one dropped body: {_h.Server.RequestCount} requests");
        Assert.That(result.Exit, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(_h.Server.RequestCount, Is.EqualTo(2));
        _h.AssertEachOnce(Enumerable.Range(1, 7));
        Assert.That(Directory.GetFiles(_h.Folder, ".download-*"), Is.Empty, "the temporary download is removed");
    }

    [Test]
    public void IngestUrl_PersistentOutage_ExitsUpstreamUnavailableAndChangesNothing()
    {
        _h.Server.Faults = _ => new Fault.Status(503);

        var result = _h.Cli("ingest", "--replace", Url);

        Assert.That(result.Exit, Is.EqualTo(ExitCodes.UpstreamUnavailable), result.Error);
        Assert.That(_h.Server.RequestCount, Is.InRange(1, 1 + LiveHarness.Fast.MaxRetryAttempts));
        Assert.That(result.Lines(" retry "), Is.EqualTo(LiveHarness.Fast.MaxRetryAttempts));
        Assert.That(File.Exists(_h.IndexPath), Is.False);
        Assert.That(Directory.GetFiles(_h.Folder, ".download-*"), Is.Empty);
    }
}
